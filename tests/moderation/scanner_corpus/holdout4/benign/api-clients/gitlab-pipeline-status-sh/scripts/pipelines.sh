#!/usr/bin/env bash
set -euo pipefail
project="${1:?url-encoded project path, e.g. group%2Fproject}"
api="${GITLAB_URL:-https://gitlab.com}/api/v4/projects/$project"
auth=(-H "PRIVATE-TOKEN: ${GITLAB_TOKEN:?set GITLAB_TOKEN}")

curl -fsS "${auth[@]}" "$api/pipelines?per_page=5" \
  | jq -r '.[] | "\(.id)\t\(.status)\t\(.ref)\t\(.updated_at)"' | column -t

latest=$(curl -fsS "${auth[@]}" "$api/pipelines?per_page=1" | jq -r '.[0].id')
echo "failed jobs in $latest:"
curl -fsS "${auth[@]}" "$api/pipelines/$latest/jobs?scope[]=failed" | jq -r '.[] | "  \(.stage)/\(.name)  \(.web_url)"'
