#!/usr/bin/env bash
set -euo pipefail
label="$1"; program="$2"; hour="$3"; minute="$4"
dest="$HOME/Library/LaunchAgents/$label.plist"
plist=$(sed -e "s|__LABEL__|$label|g" -e "s|__PROGRAM__|$program|g" -e "s|__HOUR__|$hour|" -e "s|__MINUTE__|$minute|" -e "s|__HOME__|$HOME|g" "$(dirname "$0")/../templates/agent.plist")
echo "$plist"
read -r -p "write $dest and load it? [y/N] " ok
[ "$ok" = y ] || exit 0
printf '%s\n' "$plist" > "$dest"
plutil -lint "$dest"
launchctl bootstrap "gui/$(id -u)" "$dest"
echo "loaded; remove with: launchctl bootout gui/$(id -u)/$label && rm $dest"
