#!/usr/bin/env bash
# Update url and sha256 in the formula for a new tag of the user's own tool.
set -euo pipefail
tag="${1:?vX.Y.Z}"
url="https://github.com/example-dev/notectl/archive/refs/tags/${tag}.tar.gz"
sum=$(curl -fsSL "$url" | shasum -a 256 | cut -d' ' -f1)
sed -i.bak -E "s#^  url \".*\"#  url \"$url\"#; s#^  sha256 \".*\"#  sha256 \"$sum\"#" Formula/notectl.rb
rm Formula/notectl.rb.bak
git diff Formula/notectl.rb
