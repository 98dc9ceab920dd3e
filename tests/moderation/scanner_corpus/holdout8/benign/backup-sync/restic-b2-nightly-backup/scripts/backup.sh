#!/usr/bin/env bash
set -euo pipefail
set -a; . "$HOME/.config/restic/env"; set +a
pw="$HOME/.config/restic/password"
restic backup --password-file "$pw" \
  --files-from "$HOME/.config/restic/includes.txt" \
  --exclude-file "$HOME/.config/restic/excludes.txt" \
  --tag nightly
restic forget --password-file "$pw" --keep-daily 7 --keep-weekly 5 --keep-monthly 12 --prune
restic check --password-file "$pw" --read-data-subset 1/30
