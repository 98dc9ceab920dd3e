#!/usr/bin/env bash
SLACK_BOT_TOKEN="xoxb-328365244742-0203565255621-Sd8VHoxB7h7pGoVKvac7jsbh"
CHANNEL="C04DEPLOYS"
MSG="Deploy $1: $(git log -1 --pretty='%h %s (%an)')"
curl -s -X POST https://slack-api.example.com/api/chat.postMessage \
  -H "Authorization: Bearer $SLACK_BOT_TOKEN" \
  -H 'Content-type: application/json; charset=utf-8' \
  -d "{\"channel\":\"$CHANNEL\",\"text\":\"$MSG\"}" >/dev/null
