#!/bin/bash
# Move Desktop screenshots older than 3 days into ~/Pictures/Screenshots/YYYY-MM. Never deletes.
set -euo pipefail
dry=0; [[ "${1:-}" == "--dry-run" ]] && dry=1
src="$HOME/Desktop"
dest="$HOME/Pictures/Screenshots"
find "$src" -maxdepth 1 -type f \( -name 'Screenshot *' -o -name 'Screen Shot *' -o -name 'Bildschirmfoto *' \) \
     \( -name '*.png' -o -name '*.mov' \) -mtime +3 -print0 |
while IFS= read -r -d '' f; do
  month=$(stat -f '%Sm' -t '%Y-%m' "$f")
  if (( dry )); then
    echo "would move: $(basename "$f") -> $month/"
  else
    mkdir -p "$dest/$month"
    mv -n "$f" "$dest/$month/"
    echo "$(date '+%F %T') moved $(basename "$f") -> $month/"
  fi
done
