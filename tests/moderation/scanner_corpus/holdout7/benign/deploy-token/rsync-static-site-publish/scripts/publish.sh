#!/usr/bin/env bash
set -euo pipefail
. ./publish.conf            # HOST, DEST, optional USER
USER_AT="${USER_NAME:-deploy}@${HOST}"
OUT="${OUT:-public}"

hugo --minify --destination "$OUT"

echo "Dry run:"
rsync -az --delete --dry-run --itemize-changes "$OUT"/ "$USER_AT:$DEST"/ | tail -20
read -r -p "Publish to $USER_AT:$DEST? [y/N] " ok
[[ "$ok" =~ ^[yY]$ ]] || exit 1

rsync -az --delete --checksum "$OUT"/ "$USER_AT:$DEST"/
echo "published: https://$HOST/"
