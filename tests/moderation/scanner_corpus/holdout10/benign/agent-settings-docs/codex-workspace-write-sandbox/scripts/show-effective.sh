#!/usr/bin/env bash
# Print the profile section the CLI will use, without changing anything.
set -euo pipefail
cfg="${CODEX_HOME:-$HOME/.codex}/config.toml"
[[ -f "$cfg" ]] || { echo "no $cfg yet"; exit 0; }
profile=$(awk -F'"' '/^profile *=/ {print $2}' "$cfg")
echo "default profile: ${profile:-(none)}"
awk -v p="[profiles.${profile}" 'index($0, p) == 1 {on=1} /^\[/ && index($0, p) != 1 {on=0} on' "$cfg"
