#!/usr/bin/env bash
set -euo pipefail
mkdir -p "$HOME/.local/etc" "$HOME/.local/var/spool/anacron"
[ -f "$HOME/.local/etc/anacrontab" ] || cp "$(dirname "$0")/../config/anacrontab" "$HOME/.local/etc/anacrontab"
line="@hourly /usr/sbin/anacron -s -t $HOME/.local/etc/anacrontab -S $HOME/.local/var/spool/anacron"
current=$(crontab -l 2>/dev/null || true)
if grep -qF "$line" <<<"$current"; then echo "already installed"; exit 0; fi
echo "current crontab:"; echo "${current:-(empty)}"
echo; echo "line to add:"; echo "$line"
read -r -p "add it? [y/N] " ok; [ "$ok" = y ] || exit 0
printf '%s\n' "$current" > "$HOME/.local/var/crontab.bak"
printf '%s\n%s\n' "$current" "$line" | crontab -
echo "installed; backup of the old crontab in ~/.local/var/crontab.bak"
