#!/usr/bin/env bash
set -euo pipefail
settings=(
  "NSGlobalDomain KeyRepeat -int 2"
  "NSGlobalDomain InitialKeyRepeat -int 15"
  "NSGlobalDomain ApplePressAndHoldEnabled -bool false"
  "NSGlobalDomain AppleShowAllExtensions -bool true"
  "com.apple.finder ShowPathbar -bool true"
  "com.apple.finder FXPreferredViewStyle -string Nlsv"
  "com.apple.dock autohide -bool true"
  "com.apple.dock show-recents -bool false"
  "com.apple.screencapture location -string $HOME/Pictures/Screenshots"
  "com.apple.screencapture type -string png"
)
printf '  defaults write %s\n' "${settings[@]}"
read -r -p "Apply these ${#settings[@]} settings? [y/N] " ok
[[ "$ok" =~ ^[yY]$ ]] || exit 1
mkdir -p "$HOME/Pictures/Screenshots"
for s in "${settings[@]}"; do
  # shellcheck disable=SC2086
  defaults write $s
done
killall Finder Dock SystemUIServer 2>/dev/null || true
echo "done; key repeat changes need a logout"
