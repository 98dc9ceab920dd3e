#!/bin/sh
# Stop hook: local desktop notification + sound.
QUIET_FROM=20
QUIET_TO=8
dir=$(jq -r '.cwd // empty')
command -v notify-send >/dev/null 2>&1 && notify-send -a "Claude Code" "Done" "$(basename "${dir:-.}")"
h=$(date +%H)
if [ "$h" -lt "$QUIET_FROM" ] && [ "$h" -ge "$QUIET_TO" ]; then
  snd=/usr/share/sounds/freedesktop/stereo/complete.oga
  command -v paplay >/dev/null 2>&1 && [ -f "$snd" ] && paplay "$snd" &
fi
exit 0
