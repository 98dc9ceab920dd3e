#!/usr/bin/env bash
set -euo pipefail
line="$1 $2"
current=$(crontab -l 2>/dev/null || true)
printf '%s\n%s\n' "$current" "$line" > /tmp/new-crontab
echo "New crontab:"; cat /tmp/new-crontab
read -r -p "Install it? [y/N] " ok
[ "$ok" = "y" ] && crontab /tmp/new-crontab && echo installed
