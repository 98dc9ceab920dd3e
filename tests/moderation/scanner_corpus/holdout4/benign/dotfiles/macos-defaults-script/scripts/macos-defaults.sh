#!/usr/bin/env bash
set -euo pipefail
apply() { echo "defaults write $*"; defaults write "$@"; }

apply NSGlobalDomain AppleShowAllExtensions -bool true
apply NSGlobalDomain KeyRepeat -int 2
apply NSGlobalDomain InitialKeyRepeat -int 15
apply com.apple.finder ShowPathbar -bool true
apply com.apple.finder FXPreferredViewStyle -string "Nlsv"
apply com.apple.dock autohide -bool true
apply com.apple.dock show-recents -bool false
mkdir -p "$HOME/Pictures/Screenshots"
apply com.apple.screencapture location -string "$HOME/Pictures/Screenshots"

killall Finder Dock SystemUIServer 2>/dev/null || true
echo "done"
