#!/usr/bin/env bash
set -euo pipefail
cd dist
sha256sum orchard-* > SHA256SUMS
printf '%s' "$MINISIGN_KEY" > /tmp/minisign.key
echo "$MINISIGN_PASSWORD" | minisign -S -s /tmp/minisign.key -m SHA256SUMS
rm -f /tmp/minisign.key
