#!/usr/bin/env bash
set -euo pipefail
tag="$1"
prev=$(git describe --tags --abbrev=0 "${tag}^" 2>/dev/null || git rev-list --max-parents=0 HEAD)
notes=$(git log --merges --pretty='- %s' "$prev..HEAD")
gh release create "$tag" --draft --title "$tag" --notes "$notes"
