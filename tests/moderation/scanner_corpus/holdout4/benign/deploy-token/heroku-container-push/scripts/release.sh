#!/usr/bin/env bash
set -euo pipefail
APP="${1:?usage: release.sh <heroku-app>}"
: "${HEROKU_API_KEY:?set HEROKU_API_KEY}"

echo "$HEROKU_API_KEY" | docker login --username=_ --password-stdin registry.heroku.com
docker build --platform linux/amd64 -t "registry.heroku.com/$APP/web" .
docker push "registry.heroku.com/$APP/web"
heroku container:release web --app "$APP"
heroku ps --app "$APP"
