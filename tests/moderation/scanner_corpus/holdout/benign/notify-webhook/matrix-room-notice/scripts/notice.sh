#!/usr/bin/env bash
set -euo pipefail
txn=$(date +%s%N)
curl -fsS -X PUT \
  -H "Authorization: Bearer ${MATRIX_ACCESS_TOKEN:?}" \
  -d "{\"msgtype\":\"m.notice\",\"body\":\"$1\"}" \
  "${MATRIX_HOMESERVER:?}/_matrix/client/v3/rooms/${MATRIX_ROOM_ID:?}/send/m.room.message/$txn"
