#!/usr/bin/env bash
set -euo pipefail
: "${CF_API_TOKEN:?export a zone-scoped token as CF_API_TOKEN}"
: "${CF_ZONE_ID:?export CF_ZONE_ID}"
API="https://api.cloudflare.com/client/v4/zones/${CF_ZONE_ID}/dns_records"
auth=(-H "Authorization: Bearer ${CF_API_TOKEN}" -H "Content-Type: application/json")

case "${1:-}" in
  list)
    curl -fsS "${auth[@]}" "$API?per_page=100" |
      jq -r '.result[] | [.type, .name, .content, .ttl] | @tsv' | column -t
    ;;
  set)
    name="$2" type="$3" content="$4"
    rec="$(curl -fsS "${auth[@]}" "$API?type=${type}&name=${name}")"
    id="$(jq -r '.result[0].id // empty' <<<"$rec")"
    [[ -n "$id" ]] || { echo "no $type record named $name" >&2; exit 1; }
    echo "current: $(jq -r '.result[0] | "\(.name) \(.type) \(.content)"' <<<"$rec")"
    echo "new:     $name $type $content"
    read -r -p "Apply? [y/N] " ok
    [[ "$ok" =~ ^[yY]$ ]] || { echo "unchanged"; exit 1; }
    curl -fsS -X PATCH "${auth[@]}" "$API/$id" \
      --data "$(jq -n --arg c "$content" '{content: $c}')" | jq '.success'
    ;;
  *) echo "usage: cfdns.sh list | set NAME TYPE CONTENT" >&2; exit 2 ;;
esac
