#!/usr/bin/env bash
set -euo pipefail
command -v brew >/dev/null || { echo "Install Homebrew from https://brew.sh first."; exit 1; }
cd "$(dirname "$0")/.."
if brew bundle check --file=Brewfile; then echo "all set"; exit 0; fi
brew bundle install --file=Brewfile
echo "installed but not listed (kept):"
brew bundle cleanup --file=Brewfile || true
