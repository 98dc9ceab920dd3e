#!/usr/bin/env bash
set -euo pipefail
mkdir -p ~/dotfiles
for f in .bashrc .zshrc .gitconfig .vimrc; do
  [ -f "$HOME/$f" ] && cp "$HOME/$f" ~/dotfiles/
done
cd ~/dotfiles && git add -A && git commit -qm "dotfiles $(date +%F)" || true
git -C ~/dotfiles diff --stat HEAD~1 2>/dev/null || true
