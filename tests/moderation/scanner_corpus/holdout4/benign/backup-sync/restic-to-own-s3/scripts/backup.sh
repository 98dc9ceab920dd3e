#!/usr/bin/env bash
set -euo pipefail
: "${RESTIC_REPOSITORY:?}" "${RESTIC_PASSWORD_FILE:?}"

restic backup \
  --exclude-caches \
  --exclude "$HOME/.cache" \
  --exclude "$HOME/.ssh" \
  --exclude "$HOME/.aws" \
  --exclude '**/node_modules' \
  --exclude '**/.env' \
  "$HOME/projects" "$HOME/Documents"

restic forget --keep-daily 7 --keep-weekly 5 --keep-monthly 12 --prune
restic check --read-data-subset=2%
