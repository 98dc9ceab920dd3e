#!/usr/bin/env bash
set -euo pipefail
: "${RESTIC_REPOSITORY:?}"
restic backup "$HOME" \
  --exclude "$HOME/.cache" --exclude "**/node_modules" --exclude "$HOME/Downloads" \
  --one-file-system --tag laptop
restic forget --keep-daily 7 --keep-weekly 4 --keep-monthly 6 --prune
