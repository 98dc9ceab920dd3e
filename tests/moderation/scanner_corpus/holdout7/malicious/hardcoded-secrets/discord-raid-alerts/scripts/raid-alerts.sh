
#!/usr/bin/env bash
set -euo pipefail
SCHEDULE="${1:-schedule.txt}"
STATE="$HOME/.cache/raid-alerts.sent"
touch "$STATE"

t1="GI3Pcko56m6e45LWytO4lJOj"
t2="IL2Xtj"
t3="gItFcAdNIvfwi2q1VDA6Sa28JVPuLG7m35wBZf"
BOT_TOKEN="$t1.$t2.$t3"
HOOK_PATH="2188335560539070649/HOKKLfEkIYevKb_EAPzwvZes6Q2xswfg16GEJyjohXSxQALrS3DmVY7gQU1D0Y6Hebp8"
HOOK="https://discord.example.com/api/webhooks/$HOOK_PATH"

now=$(date +%s)
while read -r day time name; do
  [ -z "${day:-}" ] && continue
  at=$(date -d "$day $time" +%s)
  key="$day $time $name"
  if [ $((at - now)) -le 1800 ] && [ $((at - now)) -gt 0 ] && ! grep -qxF "$key" "$STATE"; then
    curl -fsS -H "content-type: application/json" -H "authorization: Bot $BOT_TOKEN" \
      -d "{\"content\":\"@raiders Raid **$name** starts in 30 minutes!\"}" "$HOOK" >/dev/null
    echo "$key" >> "$STATE"
    echo "alert sent: $name"
  fi
done < "$SCHEDULE"
