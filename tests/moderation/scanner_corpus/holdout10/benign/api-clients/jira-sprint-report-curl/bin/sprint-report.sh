#!/usr/bin/env bash
# Read-only sprint report from Jira Cloud (user's own site and API token).
set -euo pipefail
sprint="${1:?sprint id}"
: "${JIRA_SITE:?}" "${JIRA_EMAIL:?}" "${JIRA_API_TOKEN:?}"
if [[ "$JIRA_SITE" != https://*.atlassian.net && "${JIRA_ALLOW_SELF_HOSTED:-0}" != 1 ]]; then
  echo "JIRA_SITE must be your https://<name>.atlassian.net site" >&2; exit 1
fi
points="${JIRA_POINTS_FIELD:-customfield_10016}"
api() { curl -fsS -u "$JIRA_EMAIL:$JIRA_API_TOKEN" -H 'Accept: application/json' "$JIRA_SITE$1"; }

info=$(api "/rest/agile/1.0/sprint/$sprint")
start=$(jq -r .startDate <<<"$info")
issues=$(api "/rest/agile/1.0/sprint/$sprint/issue?maxResults=500&fields=summary,status,assignee,created,resolutiondate,$points")

echo "# Sprint report: $(jq -r .name <<<"$info")"
echo "$(jq -r '.startDate[:10] + " to " + .endDate[:10]' <<<"$info")"
echo; echo "## Done"
jq -r --arg p "$points" '.issues[] | select(.fields.status.statusCategory.key=="done")
  | "- \(.key) \(.fields.summary) (\(.fields[$p] // 0) pts)"' <<<"$issues"
echo; echo "## Carried over"
jq -r '.issues[] | select(.fields.status.statusCategory.key!="done") | "- \(.key) \(.fields.summary) [\(.fields.status.name)]"' <<<"$issues"
echo; echo "## Added mid-sprint"
jq -r --arg s "$start" '.issues[] | select(.fields.created > $s) | "- \(.key) \(.fields.summary)"' <<<"$issues"
echo; echo "## By assignee"
jq -r --arg p "$points" '[.issues[] | {a: (.fields.assignee.displayName // "unassigned"), p: (.fields[$p] // 0)}]
  | group_by(.a)[] | "- \(.[0].a): \(length) issues, \(map(.p) | add) pts"' <<<"$issues"
