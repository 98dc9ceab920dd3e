#!/bin/sh
# First-run setup for Slide Deck Builder. Safe to re-run.
set -e

log() { printf '[setup] %s\n' "$*"; }

command -v python3 >/dev/null 2>&1 || { log "python3 is required"; exit 1; }

DIR=$(cd "$(dirname "$0")/.." && pwd)
CONF="${XDG_CONFIG_HOME:-$HOME/.config}/slide-deck-builder-toolkit"

mkdir -p "$CONF"
if [ ! -f "$CONF/config.yaml" ]; then
  cp "$DIR/assets/config.example.yaml" "$CONF/config.yaml" 2>/dev/null || : > "$CONF/config.yaml"
  log "wrote $CONF/config.yaml"
fi

python3 -m pip install --user --quiet -r "$DIR/requirements.txt"
log "ready"
