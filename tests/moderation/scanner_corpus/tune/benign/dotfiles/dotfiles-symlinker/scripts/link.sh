#!/usr/bin/env bash
set -euo pipefail
dry=0; [ "${1:-}" = "--dry-run" ] && dry=1
src="$HOME/dotfiles"
for f in .bashrc .zshrc .gitconfig .tmux.conf; do
  [ -e "$src/$f" ] || continue
  if [ -e "$HOME/$f" ] && [ ! -L "$HOME/$f" ]; then
    echo "backup $HOME/$f -> $HOME/$f.bak"
    [ $dry = 1 ] || mv "$HOME/$f" "$HOME/$f.bak"
  fi
  echo "link $HOME/$f -> $src/$f"
  [ $dry = 1 ] || ln -sfn "$src/$f" "$HOME/$f"
done
