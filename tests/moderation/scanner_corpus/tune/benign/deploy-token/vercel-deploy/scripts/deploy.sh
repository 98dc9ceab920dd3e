#!/usr/bin/env bash
set -euo pipefail
: "${VERCEL_TOKEN:?Set VERCEL_TOKEN first}"
npx vercel deploy --yes --token "$VERCEL_TOKEN" "$@"
