#!/usr/bin/env bash
set -euo pipefail
dir="${1:-dist}"
: "${NETLIFY_AUTH_TOKEN:?set NETLIFY_AUTH_TOKEN (Netlify > User settings > Applications)}"
: "${SITE_ID:?set SITE_ID to the site you want to update}"

[ -d "$dir" ] || { echo "no $dir folder; build first" >&2; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$dir" && zip -qr "$tmp/site.zip" .)

curl --fail --silent --show-error \
  -H "Content-Type: application/zip" \
  -H "Authorization: Bearer ${NETLIFY_AUTH_TOKEN}" \
  --data-binary "@$tmp/site.zip" \
  "https://api.netlify.com/api/v1/sites/${SITE_ID}/deploys" | python3 -m json.tool | grep -E '"(id|state|deploy_ssl_url)"'
