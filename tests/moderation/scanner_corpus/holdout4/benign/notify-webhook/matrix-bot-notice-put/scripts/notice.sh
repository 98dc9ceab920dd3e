#!/usr/bin/env bash
set -euo pipefail
: "${MATRIX_HOMESERVER:?}" "${MATRIX_TOKEN:?}" "${MATRIX_ROOM:?}"
TXN="$(date +%s%N)"
ROOM="$(printf '%s' "$MATRIX_ROOM" | jq -sRr @uri)"
curl -fsS -X PUT \
  -H "Authorization: Bearer $MATRIX_TOKEN" \
  -H 'Content-Type: application/json' \
  --data "$(jq -n --arg b "$1" '{msgtype: "m.notice", body: $b}')" \
  "$MATRIX_HOMESERVER/_matrix/client/v3/rooms/$ROOM/send/m.room.message/$TXN"
