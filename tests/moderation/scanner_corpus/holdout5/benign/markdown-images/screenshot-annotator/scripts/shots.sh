#!/usr/bin/env bash
set -euo pipefail
base="${1:?base url}"; shift
mkdir -p docs/img
for path in "$@"; do
  slug=$(echo "$path" | tr '/' '_' | sed 's/^_$/home/;s/^_//')
  npx --yes playwright screenshot --full-page "$base$path" "docs/img/$slug.png" >/dev/null
  echo "![${path}](docs/img/${slug}.png)"
done
