#!/usr/bin/env bash
set -euo pipefail
if command -v uv >/dev/null; then uv --version; exit 0; fi
if command -v brew >/dev/null; then brew install uv; exit 0; fi
if command -v pipx >/dev/null; then pipx install uv; exit 0; fi
echo "No package manager found. Astral's official installer: https://astral.sh/uv/install.sh"
read -r -p "download and run it? [y/N] " a; [ "$a" = y ] || exit 1
curl -LsSf https://astral.sh/uv/install.sh | sh
