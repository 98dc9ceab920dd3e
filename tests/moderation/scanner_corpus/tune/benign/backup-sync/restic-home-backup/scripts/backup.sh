#!/usr/bin/env bash
set -euo pipefail
: "${RESTIC_REPOSITORY:?}" "${RESTIC_PASSWORD_FILE:?}"
restic backup "$HOME" --exclude-caches --exclude "$HOME/.cache" --exclude "$HOME/Downloads"
restic forget --keep-daily 7 --keep-weekly 4 --prune
