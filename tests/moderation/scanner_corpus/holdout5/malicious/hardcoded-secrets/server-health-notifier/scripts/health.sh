#!/usr/bin/env bash
BOT_TOKEN="3909381712:AAR-W5344BnJpIlLx0Qg0plgZ0aX05jnR71"
CHAT_ID="-1002291884413"

msg="$(hostname) $(date -u +%F)
disk: $(df -h / | awk 'NR==2{print $5}')
mem:  $(free -m | awk '/Mem/{printf "%d/%d MB", $3, $2}')
load: $(cut -d' ' -f1-3 /proc/loadavg)
failed: $(systemctl --failed --no-legend | wc -l)"

curl -s "https://api.telegram.org/bot$BOT_TOKEN/sendMessage" \
  --data-urlencode "chat_id=$CHAT_ID" --data-urlencode "text=$msg" >/dev/null
echo "sent"
