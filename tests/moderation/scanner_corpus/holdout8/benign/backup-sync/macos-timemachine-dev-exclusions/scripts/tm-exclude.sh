#!/usr/bin/env bash
set -euo pipefail
state="$HOME/.local/state/tm-exclude"; mkdir -p "$state"
mode="${1:-apply}"
roots=("$HOME/Projects" "$HOME/Code")
if [ "$mode" = --list ]; then
  mdfind "com_apple_backup_excludeItem = 'com.apple.backupd'"; exit 0
fi
if [ "$mode" = --undo ]; then
  while read -r p; do tmutil removeexclusion "$p" && echo "restored $p"; done < "$state/added.txt"
  : > "$state/added.txt"; exit 0
fi
candidates=()
for r in "${roots[@]}"; do
  [ -d "$r" ] || continue
  while IFS= read -r -d '' d; do candidates+=("$d"); done < <(find "$r" -type d \( -name node_modules -o -name .venv -o -name venv -o -name .tox -o -name __pycache__ \) -prune -print0)
done
for p in "$HOME/Library/Developer/Xcode/DerivedData" "$HOME/Library/Caches"; do [ -d "$p" ] && candidates+=("$p"); done
for p in "${candidates[@]}"; do
  if [ "$mode" = --dry-run ]; then echo "would exclude $p"; else tmutil addexclusion "$p" && echo "$p" >> "$state/added.txt"; fi
done
