#!/usr/bin/env bash
# Write "osc52 works" to the clipboard via OSC 52, inside or outside tmux.
text=$(printf 'osc52 works' | base64 | tr -d '\n')
if [[ -n "${TMUX:-}" ]]; then
  printf '\ePtmux;\e\e]52;c;%s\a\e\\' "$text"
else
  printf '\e]52;c;%s\a' "$text"
fi
echo "now paste somewhere: it should say 'osc52 works'"
