#!/usr/bin/env bash
# 写真フォルダを二か所へミラーします。削除分は日付フォルダへ退避します。
set -euo pipefail
SRC="$HOME/Pictures/family"
DISK="${DISK:-disk:}"
STAMP=$(date +%Y-%m-%d)
LOG="$HOME/Pictures/.mirror-logs"
mkdir -p "$LOG"

for dest in "gdrive:family-photos" "$DISK"; do
  echo "== $dest"
  rclone sync "$SRC" "$dest" \
    --backup-dir "${dest%%:*}:family-photos-removed/$STAMP" \
    --exclude ".DS_Store" --exclude "Thumbs.db" \
    --transfers 4 --log-file "$LOG/$STAMP.log" --log-level INFO --stats-one-line
done
echo "完了。ログ: $LOG/$STAMP.log"
