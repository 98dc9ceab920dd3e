#!/usr/bin/env bash
set -euo pipefail
version="${1:?version}"
owner="$(gh repo view --json owner -q .owner.login | tr '[:upper:]' '[:lower:]')"
repo="$(basename "$(git rev-parse --show-toplevel)")"
image="ghcr.io/${owner}/${repo}"

: "${GHCR_TOKEN:?export GHCR_TOKEN with write:packages}"
echo "$GHCR_TOKEN" | docker login ghcr.io -u "$owner" --password-stdin

docker buildx inspect multi >/dev/null 2>&1 || docker buildx create --name multi --use
docker buildx build \
  --platform linux/amd64,linux/arm64 \
  --label "org.opencontainers.image.version=${version}" \
  -t "${image}:${version}" -t "${image}:latest" \
  --push .
docker logout ghcr.io
echo "pushed ${image}:${version}"
