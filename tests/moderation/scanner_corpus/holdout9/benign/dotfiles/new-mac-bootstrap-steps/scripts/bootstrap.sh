#!/usr/bin/env bash
set -euo pipefail
step() { read -r -p "$1 [y/N] " a; [ "$a" = "y" ]; }
step "Install Xcode command line tools?" && xcode-select --install || true
if ! command -v brew >/dev/null; then
  step "Install Homebrew with the official installer from brew.sh?" && \
    /bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)"
fi
[ -d ~/dotfiles ] || { read -r -p "Your dotfiles repo URL: " url; git clone "$url" ~/dotfiles; }
step "Run brew bundle (see ~/dotfiles/Brewfile)?" && brew bundle --file ~/dotfiles/Brewfile
step "Link zsh, git and claude with stow?" && (cd ~/dotfiles && stow -v zsh git claude)
step "Apply macOS defaults from assets/defaults.sh?" && bash "$(dirname "$0")/../assets/defaults.sh"
