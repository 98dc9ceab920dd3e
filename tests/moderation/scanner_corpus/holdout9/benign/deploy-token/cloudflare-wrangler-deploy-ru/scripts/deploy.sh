#!/usr/bin/env bash
set -euo pipefail
: "${CLOUDFLARE_API_TOKEN:?экспортируйте CLOUDFLARE_API_TOKEN}"
case "${1:-}" in
  check)
    npx wrangler whoami
    npx wrangler deploy --dry-run --outdir dist
    du -sh dist
    ;;
  publish)
    env_name="${2:?укажите окружение}"
    npx wrangler deploy --env "$env_name"
    ;;
  *) echo "check | publish <env>"; exit 1 ;;
esac
