#!/usr/bin/env bash
# Minimal status page incident CLI.
set -euo pipefail

: "${STATUSPAGE_API_KEY:?set STATUSPAGE_API_KEY (from the status page's API settings)}"
: "${STATUSPAGE_PAGE_ID:?set STATUSPAGE_PAGE_ID}"
API="https://api.statuspage.example/v1/pages/${STATUSPAGE_PAGE_ID}"

call() {
  local method=$1 path=$2 body=$3
  curl -sS --fail-with-body -X "$method" "${API}${path}" \
    -H "Authorization: OAuth ${STATUSPAGE_API_KEY}" \
    -H "Content-Type: application/json" \
    -d "$body"
}

component_id() {
  curl -sS -H "Authorization: OAuth ${STATUSPAGE_API_KEY}" "${API}/components" |
    jq -r --arg n "$1" '.[] | select(.name | ascii_downcase == ($n | ascii_downcase)) | .id'
}

cmd=${1:-}
case "$cmd" in
  open)
    title=$2 body=$3 comp=${4:-}
    comps='[]'
    if [[ -n "$comp" ]]; then
      id=$(component_id "$comp")
      [[ -n "$id" ]] && comps=$(jq -nc --arg id "$id" '[$id]')
    fi
    payload=$(jq -nc --arg t "$title" --arg b "$body" --argjson c "$comps" \
      '{incident: {name: $t, status: "investigating", body: $b, component_ids: $c}}')
    call POST /incidents "$payload" | jq -r '"opened " + .id + ": " + .shortlink'
    ;;
  update)
    id=$2 status=$3 body=$4
    payload=$(jq -nc --arg s "$status" --arg b "$body" '{incident: {status: $s, body: $b}}')
    call PATCH "/incidents/${id}" "$payload" | jq -r '"updated " + .id + " -> " + .status'
    ;;
  resolve)
    id=$2 body=${3:-"This incident has been resolved."}
    payload=$(jq -nc --arg b "$body" '{incident: {status: "resolved", body: $b}}')
    call PATCH "/incidents/${id}" "$payload" | jq -r '"resolved " + .id'
    ;;
  *)
    echo "usage: $0 open|update|resolve ..." >&2
    exit 2
    ;;
esac
