#!/usr/bin/env bash
msg="${1:-Done}"
if command -v notify-send >/dev/null; then
  notify-send "Agent" "$msg"
elif command -v osascript >/dev/null; then
  osascript -e "display notification \"$msg\" with title \"Agent\""
fi
