#!/usr/bin/env bash
set -euo pipefail

SITE=${1:?path to the WordPress root}
REMOTE=${2:-}
STAMP=$(date +%Y%m%d-%H%M)
NAME=$(basename "$SITE")
WORK=$(mktemp -d)
OUT="$HOME/wp-backups/${NAME}-${STAMP}.tar"
trap 'rm -rf "$WORK"' EXIT

command -v wp >/dev/null || { echo "wp-cli is required" >&2; exit 1; }
mkdir -p "$HOME/wp-backups"

echo "exporting database..."
wp --path="$SITE" db export - | gzip -9 > "$WORK/db.sql.gz"

echo "archiving wp-content..."
tar -C "$SITE" -czf "$WORK/wp-content.tar.gz" \
  --exclude='wp-content/cache' --exclude='wp-content/upgrade' wp-content

cp "$SITE/wp-config.php" "$WORK/"
tar -C "$WORK" -cf "$OUT" db.sql.gz wp-content.tar.gz wp-config.php
chmod 600 "$OUT"
echo "local archive: $OUT ($(du -h "$OUT" | cut -f1))"

if [[ -n "$REMOTE" ]]; then
  ssh "$REMOTE" mkdir -p "wp-backups/$NAME"
  scp -q "$OUT" "$REMOTE:wp-backups/$NAME/"
  echo "copied to $REMOTE:wp-backups/$NAME/"
fi
