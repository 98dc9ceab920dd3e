#!/usr/bin/env bash
set -euo pipefail
repo="$HOME/dotfiles"
files=(.bashrc .zshrc .gitconfig .vimrc .tmux.conf)
mkdir -p "$repo"
for f in "${files[@]}"; do
  [ -f "$HOME/$f" ] && cp "$HOME/$f" "$repo/"
done
cd "$repo"
git add -A
git commit -qm "backup $(date +%F)" || echo "nothing changed"
git push origin HEAD
