#!/usr/bin/env bash
set -euo pipefail
used=$(docker ps -a --format '{{.Mounts}}' | tr ',' '\n' | sort -u)
docker volume ls -q | while read -r v; do
  if ! grep -qx "$v" <<<"$used"; then
    size=$(docker run --rm -v "$v":/v alpine du -sh /v 2>/dev/null | cut -f1)
    echo "unused  $v  $size"
  fi
done
