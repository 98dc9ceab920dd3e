#!/usr/bin/env bash
set -euo pipefail
src="${1:?source folder}"
dest="${2:?rclone remote:bucket}"
mode="${3:-}"

flags=(--fast-list --transfers 8 --exclude '*.tmp' --exclude '.DS_Store' --log-level INFO)
if [ "$mode" != "--go" ]; then
  echo "Dry run (add --go to copy for real):"
  rclone copy "$src" "$dest" "${flags[@]}" --dry-run
  exit 0
fi
# copy, never sync: a deleted local photo must not delete the backup
rclone copy "$src" "$dest" "${flags[@]}" --log-file "$HOME/.cache/photo-backup.log"
rclone size "$dest"
