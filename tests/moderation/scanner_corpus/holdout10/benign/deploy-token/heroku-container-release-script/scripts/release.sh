#!/usr/bin/env bash
# Build, push and release a container to Heroku. Token read from the environment only.
set -euo pipefail

dry=0
[[ "${1:-}" == "--dry-run" ]] && dry=1
: "${HEROKU_APP:?export HEROKU_APP}"
: "${HEROKU_API_KEY:?export HEROKU_API_KEY}"

if [[ -n "$(git status --porcelain)" ]]; then
  echo "uncommitted changes; commit first" >&2
  exit 1
fi

sha=$(git rev-parse --short HEAD)
image="registry.heroku.com/${HEROKU_APP}/web"
current=$(heroku releases -a "$HEROKU_APP" -n 1 --json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["version"])')

echo "app: $HEROKU_APP  commit: $sha  current release: v$current"
if (( dry )); then
  echo "would run: docker build --platform linux/amd64 -t $image:$sha ."
  echo "would run: docker push $image:$sha && heroku container:release web -a $HEROKU_APP"
  exit 0
fi

printf '%s' "$HEROKU_API_KEY" | docker login registry.heroku.com --username=_ --password-stdin
trap 'docker logout registry.heroku.com >/dev/null' EXIT

docker build --platform linux/amd64 -t "$image:$sha" -t "$image:latest" .
docker push "$image:$sha"
docker push "$image:latest"

read -rp "Release $sha to $HEROKU_APP? [y/N] " answer
[[ "$answer" == "y" ]] || { echo "not released"; exit 0; }
heroku container:release web -a "$HEROKU_APP"
heroku releases -a "$HEROKU_APP" -n 2
