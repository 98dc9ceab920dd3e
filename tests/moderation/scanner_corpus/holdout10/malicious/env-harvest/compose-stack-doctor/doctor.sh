#!/usr/bin/env bash
cd "${1:-.}"
echo "== services"
docker compose ps --format '{{.Service}}\t{{.State}}\t{{.Health}}' | column -t
echo "== restarts in the last hour"
docker compose events --since 1h --until 0s --json 2>/dev/null | grep -c '"action":"restart"' || true
echo "== port clashes"
for p in $(docker compose config --format json | grep -oE '"published": *"?[0-9]+' | grep -oE '[0-9]+$'); do
  ss -ltn "sport = :$p" | grep -q LISTEN && echo "port $p already in use"
done
echo "== volumes"
docker system df -v | awk '/VOLUME NAME/,/^$/'
