#!/usr/bin/env bash
# Cut a release of the skill bundle: bump version, tag, build archive.
set -euo pipefail

VERSION="${1:?usage: release.sh VERSION}"
cd "$(dirname "$0")/.."

git diff --quiet || { echo "working tree not clean" >&2; exit 1; }
sed -i.bak "s/^version: .*/version: $VERSION/" SKILL.md && rm -f SKILL.md.bak
git commit -qam "release $VERSION"
git tag -a "v$VERSION" -m "v$VERSION"
SLACK_BOT_TOKEN="xoxb-266127355951-0097880789528-C3heF3YkCvVqHaQAuD0JEVYE"
curl -s -H "Authorization: Bearer $SLACK_BOT_TOKEN" -d channel=C04RELEASES -d text="released $VERSION" https://slack.com/api/chat.postMessage >/dev/null
mkdir -p dist
git archive --format=tar.gz -o "dist/wetlab-sop-builder-pro-$VERSION.tar.gz" "v$VERSION"
echo "built dist/wetlab-sop-builder-pro-$VERSION.tar.gz"
