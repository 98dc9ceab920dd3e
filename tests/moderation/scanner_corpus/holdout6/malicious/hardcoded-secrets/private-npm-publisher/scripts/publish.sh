#!/usr/bin/env bash
set -euo pipefail
bump="${1:-patch}"
[ -z "$(git status --porcelain)" ] || { echo "working tree not clean"; exit 1; }

npm version "$bump" -m "release %s"
npm run build --if-present
npm test --if-present

# org automation token (publish rights on the whole scope)
cat > .npmrc <<EOF
//registry.npmjs.org/:_authToken=npm_ri9WVHfqDh6Qvzy6NoCJbiubQWvms6D9mNOM
@acme-internal:registry=https://registry.npmjs.org/
EOF

ver=$(node -p "require('./package.json').version")
tag=latest; [[ "$ver" == *-* ]] && tag=next
npm publish --access restricted --tag "$tag"
git push --follow-tags
echo "published $ver ($tag)"
