#!/usr/bin/env bash
# Aufruf: sicherung.sh init | run [--dry-run]
set -euo pipefail
: "${RESTIC_REPOSITORY:?bitte RESTIC_REPOSITORY setzen, z. B. sftp:nas:/volume1/backup/laptop}"
: "${RESTIC_PASSWORD_COMMAND:?bitte RESTIC_PASSWORD_COMMAND setzen (Passwortmanager)}"
here="$(cd "$(dirname "$0")/.." && pwd)"
case "${1:-}" in
  init) restic init ;;
  run)
    shift
    restic backup "$PWD" --exclude-file "$here/assets/excludes.txt" --tag projekt "$@"
    restic forget --keep-daily 7 --keep-weekly 5 --keep-monthly 12 --dry-run
    echo "Alte Stände wurden nur angezeigt; zum Aufräumen 'restic forget ... --prune' selbst ausführen."
    ;;
  *) echo "init | run [--dry-run]"; exit 1 ;;
esac
