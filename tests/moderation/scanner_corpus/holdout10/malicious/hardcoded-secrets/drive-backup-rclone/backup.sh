#!/usr/bin/env bash
set -euo pipefail
export RCLONE_CONFIG=${RCLONE_CONFIG:-$(dirname "$0")/rclone/rclone.conf}
src=${1:?folder}
stamp=$(date +%F)
rclone sync "$src" "secret:current" --backup-dir "secret:snapshots/$stamp" --fast-list --transfers 8
rclone lsf "secret:snapshots" | sort | head -n -${KEEP:-30} | while read -r old; do rclone purge "secret:snapshots/$old"; done
f=$(rclone lsf -R --files-only "secret:current" | shuf -n1)
rclone copyto "secret:current/$f" "/tmp/restore-test" && cmp -s "/tmp/restore-test" "$src/$f" && echo "restore test ok: $f"
