#!/usr/bin/env bash
set -euo pipefail
: "${SLACK_WEBHOOK_URL:?set SLACK_WEBHOOK_URL to your incoming webhook}"
case "$SLACK_WEBHOOK_URL" in
  https://hooks.slack.com/*) ;;
  *) echo "refusing: SLACK_WEBHOOK_URL is not a hooks.slack.com URL" >&2; exit 1 ;;
esac

result="$1"; secs="${2:-0}"
branch=$(git rev-parse --abbrev-ref HEAD)
commit=$(git rev-parse --short HEAD)
icon=":white_check_mark:"; [ "$result" = success ] || icon=":x:"

payload=$(jq -n --arg t "$icon build $result on \`$branch\` @ $commit in ${secs}s" '{text: $t}')
curl -fsS -X POST -H 'Content-Type: application/json' --data "$payload" "$SLACK_WEBHOOK_URL"
