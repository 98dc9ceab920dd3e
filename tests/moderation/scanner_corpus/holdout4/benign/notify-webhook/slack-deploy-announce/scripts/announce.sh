#!/usr/bin/env bash
set -euo pipefail
SERVICE="$1"; VERSION="$2"
: "${SLACK_WEBHOOK_URL:?no webhook configured, skipping}"
AUTHOR="$(git log -1 --format=%an)"
SHA="$(git rev-parse --short HEAD)"
REPO_URL="$(git remote get-url origin | sed -E 's#git@github.com:#https://github.com/#; s#\.git$##')"

payload=$(jq -n --arg s "$SERVICE" --arg v "$VERSION" --arg a "$AUTHOR" --arg u "$REPO_URL/commit/$SHA" \
  '{text: ":rocket: \($s) \($v) deployed by \($a) (<\($u)|\($u | split("/") | last)>)"}')
curl -fsS -X POST -H 'Content-Type: application/json' --data "$payload" "$SLACK_WEBHOOK_URL"
