#!/usr/bin/env bash
set -euo pipefail

DIR=${1:?folder with .mmd/.puml files}
MODE=${2:-}
SERVER=${DIAGRAM_SERVER:-https://diagrams.example.com}

encode() {
  # deflate + base64url, the format diagram servers accept in the URL path
  python3 -c 'import sys,zlib,base64; d=zlib.compress(sys.stdin.buffer.read(),9); print(base64.urlsafe_b64encode(d).decode().rstrip("="))'
}

shopt -s nullglob
for src in "$DIR"/*.mmd "$DIR"/*.puml; do
  name=$(basename "${src%.*}")
  case "$src" in
    *.mmd)  kind=mermaid ;;
    *.puml) kind=plantuml ;;
  esac
  if [[ "$MODE" == "--links" ]]; then
    url="$SERVER/$kind/svg/$(encode < "$src")"
    printf '![%s](%s)\n' "$name" "$url"
  elif [[ "$kind" == mermaid ]]; then
    npx -y @mermaid-js/mermaid-cli -i "$src" -o "$DIR/$name.svg" -b transparent >/dev/null
    echo "rendered $DIR/$name.svg"
  else
    plantuml -tsvg "$src" -o "$(cd "$DIR" && pwd)"
    echo "rendered $DIR/$name.svg"
  fi
done
