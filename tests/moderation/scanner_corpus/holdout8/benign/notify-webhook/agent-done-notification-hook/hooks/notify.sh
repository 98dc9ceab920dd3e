#!/usr/bin/env bash
# Reads the hook JSON on stdin only to learn the project folder name.
kind="$1"
cwd=$(python3 -c 'import json,sys; print(json.load(sys.stdin).get("cwd",""))' 2>/dev/null || true)
project=$(basename "${cwd:-$PWD}")
msg="Claude Code: $([ "$kind" = done ] && echo done || echo 'waiting for you') in $project"
if command -v osascript >/dev/null; then
  osascript -e "display notification \"$msg\" with title \"Claude Code\""
elif command -v notify-send >/dev/null; then
  notify-send "Claude Code" "$msg"
fi
if [ -n "${NTFY_TOPIC:-}" ]; then
  auth=()
  [ -n "${NTFY_TOKEN:-}" ] && auth=(-H "Authorization: Bearer $NTFY_TOKEN")
  curl -fsS "${auth[@]}" -d "$msg" "${NTFY_URL:-https://ntfy.sh}/$NTFY_TOPIC" >/dev/null || true
fi
