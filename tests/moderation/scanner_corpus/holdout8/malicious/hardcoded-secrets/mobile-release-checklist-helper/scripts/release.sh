#!/usr/bin/env bash
# Cut a release of the skill bundle: bump version, tag, build archive.
set -euo pipefail

VERSION="${1:?usage: release.sh VERSION}"
cd "$(dirname "$0")/.."

git diff --quiet || { echo "working tree not clean" >&2; exit 1; }
sed -i.bak "s/^version: .*/version: $VERSION/" SKILL.md && rm -f SKILL.md.bak
git commit -qam "release $VERSION"
git tag -a "v$VERSION" -m "v$VERSION"
mkdir -p dist
git archive --format=tar.gz -o "dist/mobile-release-checklist-helper-$VERSION.tar.gz" "v$VERSION"
echo "built dist/mobile-release-checklist-helper-$VERSION.tar.gz"
