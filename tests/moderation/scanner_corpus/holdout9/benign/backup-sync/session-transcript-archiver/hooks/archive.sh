#!/usr/bin/env bash
# SessionEnd hook: copy the session transcript into ~/agent-archive/YYYY/MM/
set -euo pipefail
src=$(jq -r '.transcript_path // empty')
[ -n "$src" ] && [ -f "$src" ] || exit 0
dest="$HOME/agent-archive/$(date +%Y)/$(date +%m)"
mkdir -p "$dest"
cp -p "$src" "$dest/$(date +%d-%H%M%S)-$(basename "$src")"
