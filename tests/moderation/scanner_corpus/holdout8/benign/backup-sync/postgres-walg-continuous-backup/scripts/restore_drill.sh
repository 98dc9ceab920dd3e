#!/usr/bin/env bash
set -euo pipefail
target="${1:-latest}"
docker run --rm --name walg-drill --env-file ./drill.env -v walg-drill:/var/lib/postgresql/data \
  ghcr.io/wal-g/wal-g:latest backup-fetch /var/lib/postgresql/data LATEST
echo "restored into volume walg-drill; start postgres on it to check ($target)"
