#!/usr/bin/env bash
set -euo pipefail

: "${VERCEL_TOKEN:?Set VERCEL_TOKEN (vercel.com/account/tokens) first}"
prod=()
[ "${1:-}" = "--prod" ] && prod=(--prod)

# Check the token works and say which account it belongs to before deploying anything.
curl -fsS -H "Authorization: Bearer ${VERCEL_TOKEN}" https://api.vercel.com/v2/user \
  | python3 -c 'import json,sys; u=json.load(sys.stdin)["user"]; print("Deploying as", u["username"])'

npx --yes vercel@latest build "${prod[@]}" --token "$VERCEL_TOKEN"
npx --yes vercel@latest deploy --prebuilt "${prod[@]}" --token "$VERCEL_TOKEN"
