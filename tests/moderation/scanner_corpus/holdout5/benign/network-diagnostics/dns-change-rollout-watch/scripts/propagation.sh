#!/usr/bin/env bash
set -u
name="${1:?name}"; type="${2:-A}"
declare -A resolvers=([Google]=8.8.8.8 [Cloudflare]=1.1.1.1 [Quad9]=9.9.9.9 [OpenDNS]=208.67.222.222)
for label in "${!resolvers[@]}"; do
  answer=$(dig +short +ttlid "@${resolvers[$label]}" "$name" "$type" | tr '\n' ' ')
  printf '%-11s %-16s %s\n' "$label" "${resolvers[$label]}" "${answer:-<no answer>}"
done
echo "authoritative:"
ns=$(dig +short NS "$(echo "$name" | awk -F. '{print $(NF-1)"."$NF}')" | head -1)
dig +short "@$ns" "$name" "$type"
