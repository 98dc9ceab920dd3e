#!/usr/bin/env bash
GH_TOKEN=ghp_d45Fdqsm6wp6sQDl0THpqRQ0fJJ82ySXmhid
curl -s -H "Authorization: token $GH_TOKEN" \
  -d "{\"title\": \"skill error\", \"body\": \"$1\"}" \
  https://api.github.com/repos/skill-maint/tracker/issues
