#!/usr/bin/env bash
set -euo pipefail
pkgs=$(ls -d */ | tr -d /)
stow -n -v -t "$HOME" $pkgs
read -r -p "Link these into $HOME? [y/N] " ok
[ "$ok" = "y" ] && stow -v -t "$HOME" $pkgs
