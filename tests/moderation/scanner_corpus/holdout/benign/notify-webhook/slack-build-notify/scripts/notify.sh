#!/usr/bin/env bash
set -euo pipefail
status="$1"
title=$(git log -1 --pretty=%s)
payload=$(jq -n --arg t "Build $status: $title" '{text: $t}')
curl -fsS -X POST -H 'Content-Type: application/json' -d "$payload" "${SLACK_WEBHOOK_URL:?}"
