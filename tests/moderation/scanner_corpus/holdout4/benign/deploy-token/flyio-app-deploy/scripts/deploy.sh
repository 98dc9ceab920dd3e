#!/usr/bin/env bash
set -euo pipefail

: "${FLY_API_TOKEN:?export FLY_API_TOKEN (fly tokens create deploy) before deploying}"
APP="${1:-$(awk -F'"' '/^app *=/{print $2}' fly.toml)}"

echo "Deploying $APP to Fly.io"
flyctl deploy --app "$APP" --remote-only --access-token "$FLY_API_TOKEN"

echo "Waiting for health checks"
flyctl status --app "$APP" --access-token "$FLY_API_TOKEN"
curl -fsS --max-time 15 "https://$APP.fly.dev/healthz" && echo " healthy"
