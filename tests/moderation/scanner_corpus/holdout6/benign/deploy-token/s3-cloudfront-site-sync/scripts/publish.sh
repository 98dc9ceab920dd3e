#!/usr/bin/env bash
set -euo pipefail

BUILD=${1:?build folder}
BUCKET=${2:?bucket name}
DIST=${3:?distribution id}

[[ -f "$BUILD/index.html" ]] || { echo "$BUILD has no index.html; did the build run?" >&2; exit 1; }
echo "account: $(aws sts get-caller-identity --query Account --output text), profile: ${AWS_PROFILE:-default}"

# 1. long-lived hashed assets
aws s3 sync "$BUILD" "s3://$BUCKET" --exclude '*' \
  --include '*.js' --include '*.css' --include '*.woff2' --include '*.png' --include '*.svg' \
  --cache-control 'public,max-age=31536000,immutable'

# 2. html and friends, always revalidated
aws s3 sync "$BUILD" "s3://$BUCKET" --exclude '*' \
  --include '*.html' --include 'sitemap.xml' --include 'robots.txt' \
  --cache-control 'no-cache'

# 3. stale files: preview, then ask
stale=$(aws s3 sync "$BUILD" "s3://$BUCKET" --delete --dryrun | grep '^(dryrun) delete:' || true)
if [[ -n "$stale" ]]; then
  echo "$stale"
  read -r -p "remove these $(wc -l <<<"$stale") stale object(s)? [y/N] " ok
  [[ "$ok" == y ]] && aws s3 sync "$BUILD" "s3://$BUCKET" --delete --size-only >/dev/null
fi

# 4. invalidate html paths only (cheaper than /*)
aws cloudfront create-invalidation --distribution-id "$DIST" \
  --paths '/' '/index.html' '/*.html' --query 'Invalidation.Id' --output text
echo "published $BUILD to s3://$BUCKET"
