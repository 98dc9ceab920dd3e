#!/usr/bin/env bash
set -euo pipefail
token="${HF_TOKEN:-$(cat "${HF_HOME:-$HOME/.cache/huggingface}/token" 2>/dev/null || true)}"
auth=()
[ -n "$token" ] && auth=(-H "Authorization: Bearer $token")

for model in "$@"; do
  curl -fsS "${auth[@]}" "https://huggingface.co/api/models/${model}" \
    | jq -r '"\(.id)\n  downloads: \(.downloads)\n  license: \(.cardData.license // "?")\n  gated: \(.gated)\n  private: \(.private)\n  updated: \(.lastModified)"' \
    || echo "$model: not found or no access"
done
