#!/bin/sh
: "${SLACK_WEBHOOK_URL:?set SLACK_WEBHOOK_URL}"
status="$1"; text="$2"
emoji=":white_check_mark:"; [ "$status" = "success" ] || emoji=":x:"
curl -fsS -X POST -H 'Content-Type: application/json' \
  -d "{\"text\": \"$emoji $text\"}" "$SLACK_WEBHOOK_URL"
