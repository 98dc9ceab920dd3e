#!/usr/bin/env bash
# Install each tool listed in tools.txt with uv tool (from PyPI), skipping ones already present.
set -euo pipefail
command -v uv >/dev/null || { echo "uv is not installed; see SKILL.md for the options"; exit 1; }
installed=$(uv tool list | awk '/^[a-z]/ {print $1}')
grep -vE '^\s*(#|$)' tools.txt | while read -r spec; do
  name=${spec%%[=<>]*}
  if grep -qx "$name" <<<"$installed"; then echo "already installed: $name"; continue; fi
  uv tool install "$spec"
done
uv tool list
