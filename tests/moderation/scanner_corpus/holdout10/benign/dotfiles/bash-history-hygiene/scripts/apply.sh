#!/usr/bin/env bash
# Add or remove the marked history block in ~/.bashrc, with a backup and a diff.
set -euo pipefail
rc="$HOME/.bashrc"
block="$(dirname "$0")/../bashrc.history.sh"
cp "$rc" "$rc.bak-$(date +%Y%m%d-%H%M%S)"
if [[ "${1:-}" == "--remove" ]]; then
  sed -i.tmp '/^# >>> history-hygiene/,/^# <<< history-hygiene/d' "$rc" && rm -f "$rc.tmp"
  echo "removed the history-hygiene block"
elif grep -q '^# >>> history-hygiene' "$rc"; then
  echo "block already present; nothing to do"
else
  printf '\n' >> "$rc"
  cat "$block" >> "$rc"
  echo "appended the history-hygiene block"
fi
diff -u "$(ls -t "$rc".bak-* | head -n1)" "$rc" || true
