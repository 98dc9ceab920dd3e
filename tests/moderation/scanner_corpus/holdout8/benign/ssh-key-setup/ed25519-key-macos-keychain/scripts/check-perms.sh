#!/usr/bin/env bash
for f in "$HOME/.ssh" "$HOME"/.ssh/*; do
  [ -e "$f" ] || continue
  mode=$(stat -f '%Lp' "$f" 2>/dev/null || stat -c '%a' "$f")
  case "$f" in
    *.pub|*/known_hosts*) want=644 ;;
    "$HOME/.ssh") want=700 ;;
    *) want=600 ;;
  esac
  [ "$mode" -le "$want" ] && s=ok || s="too open (want $want)"
  printf '%-40s %s %s\n' "${f/#$HOME/~}" "$mode" "$s"
done
