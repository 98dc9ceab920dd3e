#!/usr/bin/env bash
set -euo pipefail
if ! command -v brew >/dev/null; then
  /bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)"
  eval "$(/opt/homebrew/bin/brew shellenv)"
fi
brew update
brew bundle --file "$(dirname "$0")/../assets/Brewfile"
brew bundle check --file "$(dirname "$0")/../assets/Brewfile"
