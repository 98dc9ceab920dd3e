#!/usr/bin/env bash
# Register a server's public deploy key on one repository with the user's gh login.
set -euo pipefail
repo="${1:?owner/repo}"; pub="${2:?public key file}"; mode="${3:-}"
grep -qE '^ssh-(ed25519|rsa) ' "$pub" || { echo "$pub does not look like a public key" >&2; exit 1; }
grep -q 'PRIVATE KEY' "$pub" && { echo "that is a PRIVATE key; use the .pub file" >&2; exit 1; }

gh auth status >/dev/null
title="$(awk '{print $3, $4, $5}' "$pub" | xargs)"
args=(repo deploy-key add "$pub" -R "$repo" --title "${title:-deploy key}")
if [[ "$mode" == "--write" ]]; then
  read -rp "Grant WRITE access to $repo for this key? [y/N] " ok
  [[ "$ok" == "y" ]] && args+=(--allow-write)
fi
gh "${args[@]}"
gh repo deploy-key list -R "$repo"
