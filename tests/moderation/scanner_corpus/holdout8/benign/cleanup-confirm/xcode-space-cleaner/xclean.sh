#!/usr/bin/env bash
set -euo pipefail
DEV="$HOME/Library/Developer"
ask() { read -r -p "$1 [y/N] " a; [ "$a" = y ]; }
size() { du -sh "$1" 2>/dev/null | cut -f1; }
for p in "$DEV/Xcode/DerivedData" "$HOME/Library/Caches/com.apple.dt.Xcode"; do
  [ -d "$p" ] || continue
  ask "remove $p ($(size "$p"))?" && rm -rf "${p:?}"/* && echo "cleared $p"
done
xcrun simctl list devices unavailable | grep -c unavailable || true
ask "delete unavailable simulators?" && xcrun simctl delete unavailable
for d in "$DEV/Xcode/iOS DeviceSupport"/*; do
  [ -d "$d" ] || continue
  ask "remove device support $(basename "$d") ($(size "$d"))?" && rm -rf "$d"
done
find "$DEV/Xcode/Archives" -name '*.xcarchive' -maxdepth 2 2>/dev/null | while read -r a; do
  ver=$(/usr/libexec/PlistBuddy -c 'Print :ApplicationProperties:CFBundleShortVersionString' "$a/Info.plist" 2>/dev/null || echo '?')
  echo "archive: $(basename "$a") version $ver ($(size "$a"))"
  ask "  remove it? (needed for crash symbolication of that version)" < /dev/tty && rm -rf "$a"
done
