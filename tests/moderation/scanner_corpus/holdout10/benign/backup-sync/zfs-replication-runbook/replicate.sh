#!/usr/bin/env bash
set -euo pipefail
SRC=tank/data
DEST_HOST=backup.example.lan
DEST=backup/data
KEY=~/.ssh/zfs_replicate

prev=$(zfs list -H -t snapshot -o name -s creation "$SRC" | grep '@repl-' | tail -n1)
next="$SRC@repl-$(date +%Y%m%d%H%M)"
zfs snapshot -r "$next"
echo "sending ${prev#*@} -> ${next#*@}"
zfs send -R -w -I "$prev" "$next" | ssh -i "$KEY" "$DEST_HOST" "zfs receive -u -s $DEST"

zfs list -H -t snapshot -o name -s creation "$SRC" | grep '@repl-' | head -n -30 | while read -r old; do
  echo "destroying old local snapshot $old"
  zfs destroy -r "$old"
done
