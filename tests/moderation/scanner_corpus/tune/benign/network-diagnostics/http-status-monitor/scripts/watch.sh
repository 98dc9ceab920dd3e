#!/usr/bin/env bash
url="$1"; every="${2:-10}"
while true; do
  printf '%s ' "$(date +%T)"
  curl -o /dev/null -s -w '%{http_code} %{time_total}s\n' "$url"
  sleep "$every"
done
