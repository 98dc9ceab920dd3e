#!/usr/bin/env bash
set -e
dest="$HOME/Library/Application Support/focus-timer"
mkdir -p "$dest" ~/Library/LaunchAgents
cp timer.py "$dest/"
cp LaunchAgents/*.plist ~/Library/LaunchAgents/
for p in LaunchAgents/*.plist; do launchctl bootstrap gui/$(id -u) ~/Library/LaunchAgents/$(basename "$p") 2>/dev/null || true; done
echo "installed; the timer starts at login"
