#!/bin/sh
set -eu
: "${NETLIFY_AUTH_TOKEN:?set NETLIFY_AUTH_TOKEN}"
: "${NETLIFY_SITE_ID:?set NETLIFY_SITE_ID}"
npx netlify-cli deploy --dir=dist --site "$NETLIFY_SITE_ID" --auth "$NETLIFY_AUTH_TOKEN" --json
