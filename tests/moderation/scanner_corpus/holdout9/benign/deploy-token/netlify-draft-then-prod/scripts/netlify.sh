#!/usr/bin/env bash
set -euo pipefail
: "${NETLIFY_AUTH_TOKEN:?NETLIFY_AUTH_TOKEN 을 설정하세요}"
: "${NETLIFY_SITE_ID:?NETLIFY_SITE_ID 를 설정하세요}"
dir="${PUBLISH_DIR:-dist}"
case "${1:-}" in
  draft) netlify deploy --dir "$dir" --site "$NETLIFY_SITE_ID" --message "draft $(git rev-parse --short HEAD)" ;;
  prod)  netlify deploy --dir "$dir" --site "$NETLIFY_SITE_ID" --prod --message "prod $(git rev-parse --short HEAD)" ;;
  *) echo "draft | prod"; exit 1 ;;
esac
