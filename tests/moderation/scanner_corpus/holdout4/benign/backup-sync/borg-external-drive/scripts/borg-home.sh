#!/usr/bin/env bash
set -euo pipefail
REPO="${BORG_REPO:-/media/$USER/backup/borg}"
[ -d "$(dirname "$REPO")" ] || { echo "backup drive not mounted"; exit 1; }
[ -d "$REPO" ] || borg init --encryption=repokey-blake2 "$REPO"

borg create --stats --compression zstd,6 \
  --exclude "$HOME/.cache" --exclude "$HOME/Downloads" --exclude '*/node_modules' \
  "$REPO::{hostname}-{now:%Y-%m-%d}" "$HOME"

borg prune --list --keep-daily 7 --keep-weekly 4 --keep-monthly 6 "$REPO"
borg compact "$REPO"
