#!/usr/bin/env bash
set -euo pipefail
docker system df
ask() { read -r -p "$1 [y/N] " a; [ "$a" = "y" ]; }
docker ps -a --filter status=exited --format '{{.Names}}\t{{.Status}}'
ask "Remove the stopped containers above?" && docker container prune -f
ask "Remove dangling images?" && docker image prune -f
ask "Remove build cache older than 7 days?" && docker builder prune --filter until=168h -f
docker system df
