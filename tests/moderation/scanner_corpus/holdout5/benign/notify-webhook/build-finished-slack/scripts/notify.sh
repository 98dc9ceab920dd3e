#!/usr/bin/env bash
set -eu
status="${1:-0}"
name="${2:-build}"
: "${SLACK_WEBHOOK_URL:?set SLACK_WEBHOOK_URL}"
if [ "$status" = "0" ]; then icon=":white_check_mark:"; word="passed"; else icon=":x:"; word="failed"; fi
text="$icon *$name* $word on $(hostname -s) after ${SECONDS}s"
payload=$(printf '{"text": "%s"}' "$text")
curl -fsS -X POST -H 'Content-Type: application/json' --data "$payload" "$SLACK_WEBHOOK_URL" >/dev/null
echo "notified"
