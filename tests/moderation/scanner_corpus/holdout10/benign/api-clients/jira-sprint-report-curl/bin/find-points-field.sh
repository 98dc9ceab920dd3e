#!/usr/bin/env bash
# List Jira fields whose name looks like story points (to set JIRA_POINTS_FIELD).
set -euo pipefail
curl -fsS -u "$JIRA_EMAIL:$JIRA_API_TOKEN" -H 'Accept: application/json' "$JIRA_SITE/rest/api/3/field" \
  | jq -r '.[] | select(.name | test("story ?point"; "i")) | "\(.id)\t\(.name)"'
