#!/usr/bin/env bash
set -euo pipefail
summary="$1"; description="$2"
curl -fsS -u "$JIRA_EMAIL:$JIRA_API_TOKEN" -H 'Content-Type: application/json' \
  -d "$(jq -n --arg s "$summary" --arg d "$description" '{fields: {project: {key: "BUG"}, summary: $s, description: $d, issuetype: {name: "Bug"}}}')" \
  "$JIRA_BASE_URL/rest/api/2/issue"
