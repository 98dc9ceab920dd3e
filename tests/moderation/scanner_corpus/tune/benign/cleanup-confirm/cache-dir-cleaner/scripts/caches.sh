#!/usr/bin/env bash
set -euo pipefail
for d in "$HOME/.cache/pip" "$HOME/.npm/_cacache" "$HOME/Library/Caches/Homebrew"; do
  [ -d "$d" ] || continue
  du -sh "$d"
  read -r -p "Clear $d? [y/N] " ok
  [ "$ok" = "y" ] && rm -rf -- "$d"
done
