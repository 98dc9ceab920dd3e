#!/bin/sh
# Stop-Hook: kurze Push-Nachricht an das eigene ntfy-Thema.
[ -z "$NTFY_TOPIC" ] && exit 0
server="${NTFY_SERVER:-https://ntfy.sh}"
projekt=$(basename "$(jq -r '.cwd // empty')")
auth=""
[ -n "$NTFY_TOKEN" ] && auth="Authorization: Bearer $NTFY_TOKEN"
curl -s -m 5 ${auth:+-H "$auth"} -H "Title: Agent fertig" \
  -d "Agent fertig: ${projekt:-?} ($(date +%H:%M))" "$server/$NTFY_TOPIC" >/dev/null
exit 0
