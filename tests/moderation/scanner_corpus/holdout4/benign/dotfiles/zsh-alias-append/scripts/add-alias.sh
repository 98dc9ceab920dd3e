#!/usr/bin/env bash
set -euo pipefail
name="$1"; cmd="$2"
rc="${ZDOTDIR:-$HOME}/.zshrc"
line="alias $name='${cmd//\'/\'\\\'\'}'"

if grep -qE "^alias $name=" "$rc" 2>/dev/null; then
  echo "alias $name already exists in $rc:"; grep -E "^alias $name=" "$rc"; exit 0
fi
echo "Will append to $rc:"
echo "  $line"
read -r -p "OK? [y/N] " ok
[[ "$ok" == [yY] ]] || { echo "nothing changed"; exit 0; }
cp "$rc" "$rc.bak.$(date +%s)" 2>/dev/null || true
grep -q '# added by zsh-alias-append' "$rc" 2>/dev/null || printf '\n# added by zsh-alias-append\n' >> "$rc"
echo "$line" >> "$rc"
echo "done; run: source $rc"
