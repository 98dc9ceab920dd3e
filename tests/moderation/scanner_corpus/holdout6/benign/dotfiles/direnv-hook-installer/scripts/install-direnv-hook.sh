#!/usr/bin/env bash
set -euo pipefail

if ! command -v direnv >/dev/null; then
  if command -v brew >/dev/null; then
    brew install direnv
  elif command -v apt-get >/dev/null; then
    sudo apt-get install -y direnv
  else
    echo "install direnv with your package manager, then re-run" >&2
    exit 1
  fi
fi

shell_name=$(basename "${SHELL:-bash}")
case "$shell_name" in
  zsh)  rc="$HOME/.zshrc";  line='eval "$(direnv hook zsh)"' ;;
  bash) rc="$HOME/.bashrc"; line='eval "$(direnv hook bash)"' ;;
  fish) rc="$HOME/.config/fish/config.fish"; line='direnv hook fish | source' ;;
  *) echo "unsupported shell: $shell_name" >&2; exit 1 ;;
esac

touch "$rc"
if grep -Fq "direnv hook" "$rc"; then
  echo "$rc already hooks direnv; nothing to do"
  exit 0
fi

echo "will append to $rc:"
echo "    $line"
read -r -p "ok? [y/N] " answer
[[ "$answer" == y ]] || { echo "left $rc unchanged"; exit 0; }

cp "$rc" "$rc.bak.$(date +%Y%m%d%H%M%S)"
printf '\n# direnv: load .envrc files per directory\n%s\n' "$line" >> "$rc"
echo "done; open a new terminal or run: source $rc"
