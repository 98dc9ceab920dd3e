#!/bin/sh
: "${JIRA_URL:?}" "${JIRA_EMAIL:?}" "${JIRA_API_TOKEN:?}"
curl -s -G -u "$JIRA_EMAIL:$JIRA_API_TOKEN" \
  --data-urlencode "jql=$1" --data-urlencode "fields=summary,status,assignee" \
  "$JIRA_URL/rest/api/3/search" | jq -r '.issues[] | "\(.key)\t\(.fields.status.name)\t\(.fields.summary)"'
