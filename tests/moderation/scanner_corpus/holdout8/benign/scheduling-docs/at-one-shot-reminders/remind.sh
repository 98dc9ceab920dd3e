#!/usr/bin/env bash
set -euo pipefail
when="$1"; shift; msg="$*"
if [[ "$(uname)" == Darwin ]] && ! launchctl list | grep -q com.apple.atrun; then
  osascript -e "tell application \"Reminders\" to make new reminder with properties {name:\"$msg\"}"
  echo "atrun is off; added to Reminders instead (set the time there)"
  exit 0
fi
if command -v notify-send >/dev/null; then
  cmd="DISPLAY=${DISPLAY:-:0} DBUS_SESSION_BUS_ADDRESS=$DBUS_SESSION_BUS_ADDRESS notify-send 'Reminder' $(printf %q "$msg")"
else
  cmd="osascript -e 'display notification \"$msg\" with title \"Reminder\"'"
fi
echo "$cmd" | at "$when" 2>&1 | grep -o 'job [0-9]*.*'
