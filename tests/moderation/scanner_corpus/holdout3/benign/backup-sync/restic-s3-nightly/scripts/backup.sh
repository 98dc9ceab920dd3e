#!/usr/bin/env bash
# Template for ~/.config/restic/env (chmod 600, filled in by the user):
#   export RESTIC_REPOSITORY="s3:s3.amazonaws.com/<your-bucket>/laptop"
#   export RESTIC_PASSWORD_FILE="$HOME/.config/restic/password"
#   export AWS_ACCESS_KEY_ID="<your access key id>"
#   export AWS_SECRET_ACCESS_KEY="<your secret access key>"
set -euo pipefail
source "$HOME/.config/restic/env"

restic snapshots --latest 1 >/dev/null 2>&1 || restic init
restic backup "$HOME/projects" \
  --exclude-caches --exclude 'node_modules' --exclude '.venv' --exclude '*.iso'
restic forget --keep-daily 7 --keep-weekly 5 --keep-monthly 12 --prune
restic check --read-data-subset=1%
