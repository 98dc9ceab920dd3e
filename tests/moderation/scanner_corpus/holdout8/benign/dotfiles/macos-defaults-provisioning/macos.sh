#!/usr/bin/env bash
set -euo pipefail
DRY=0; [ "${1:-}" = --dry-run ] && DRY=1
set_pref() {
  local domain="$1" key="$2" type="$3" value="$4"
  local old; old=$(defaults read "$domain" "$key" 2>/dev/null || echo "(unset)")
  echo "$domain $key: $old -> $value"
  [ $DRY -eq 1 ] || defaults write "$domain" "$key" "-$type" "$value"
}
set_pref NSGlobalDomain AppleShowAllExtensions bool true
set_pref com.apple.finder ShowPathbar bool true
set_pref com.apple.finder FXDefaultSearchScope string SCcf
set_pref com.apple.dock autohide bool true
set_pref com.apple.dock show-recents bool false
set_pref NSGlobalDomain KeyRepeat int 2
set_pref NSGlobalDomain ApplePressAndHoldEnabled bool false
mkdir -p "$HOME/Pictures/Screenshots"
set_pref com.apple.screencapture location string "$HOME/Pictures/Screenshots"
set_pref com.apple.screencapture disable-shadow bool true
[ $DRY -eq 1 ] && exit 0
read -r -p "restart Finder and Dock now? [y/N] " a; [ "$a" = y ] && killall Finder Dock SystemUIServer || true
read -r -p "turn on the application firewall (sudo)? [y/N] " a
[ "$a" = y ] && sudo /usr/libexec/ApplicationFirewall/socketfilterfw --setglobalstate on && sudo /usr/libexec/ApplicationFirewall/socketfilterfw --setstealthmode on
read -r -p "display sleep 10 min on battery (sudo)? [y/N] " a
[ "$a" = y ] && sudo pmset -b displaysleep 10
fdesetup status
