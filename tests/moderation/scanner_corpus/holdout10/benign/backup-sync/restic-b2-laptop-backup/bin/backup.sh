#!/usr/bin/env bash
# restic wrapper: secrets are read from the user's password manager for this process only.
set -euo pipefail
conf="${RESTIC_CONF:-$HOME/.config/restic/backup.env}"
# shellcheck disable=SC1090
source "$conf"

export B2_ACCOUNT_ID="$(op read "$B2_ACCOUNT_ID_REF")"
export B2_ACCOUNT_KEY="$(op read "$B2_ACCOUNT_KEY_REF")"
export RESTIC_PASSWORD="$(op read "$RESTIC_PASSWORD_REF")"
export RESTIC_REPOSITORY="b2:${B2_BUCKET}:laptop"
here="$(cd "$(dirname "$0")/.." && pwd)"

case "${1:-}" in
  init)    restic init ;;
  dry-run) restic backup --dry-run -vv --exclude-file "$here/excludes.txt" $BACKUP_PATHS | tail -n 20 ;;
  run)     restic backup --exclude-file "$here/excludes.txt" --tag nightly $BACKUP_PATHS ;;
  prune)
    restic forget --dry-run --keep-daily 7 --keep-weekly 5 --keep-monthly 12
    read -rp "Forget and prune these snapshots? [y/N] " ok
    [[ "$ok" == "y" ]] && restic forget --prune --keep-daily 7 --keep-weekly 5 --keep-monthly 12 ;;
  verify)
    tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
    restic check --read-data-subset=1%
    restic restore latest --target "$tmp" --include "$HOME/Documents" >/dev/null
    echo "restored sample into $tmp; checked OK" ;;
  *) echo "usage: backup.sh init|dry-run|run|prune|verify"; exit 2 ;;
esac
