#!/usr/bin/env bash
# Identify files by their leading bytes. Reads only the first 16 bytes of each file.
set -euo pipefail

sig() {
  case "$1" in
    89504e47*) echo png ;;
    ffd8ff*) echo jpg ;;
    47494638*) echo gif ;;
    52494646????????57454250*) echo webp ;;
    25504446*) echo pdf ;;
    504b0304*) echo "zip (or docx/xlsx/pptx/jar/epub)" ;;
    d0cf11e0*) echo "ole2 (old doc/xls/msg)" ;;
    1f8b*) echo gzip ;;
    7f454c46*) echo "elf executable" ;;
    4d5a*) echo "windows executable" ;;
    efbbbf*) echo "utf-8 text with BOM" ;;
    3c21444f*|3c68746d*|3c48544d*) echo html ;;
    7b*|5b*) echo "json (probably)" ;;
    *) echo unknown ;;
  esac
}

[[ $# -gt 0 ]] || { echo "usage: $0 FILE..." >&2; exit 2; }
for f in "$@"; do
  [[ -f "$f" ]] || { echo "$f: not a regular file"; continue; }
  hex=$(head -c 16 -- "$f" | xxd -p | tr -d '\n')
  kind=$(sig "$hex")
  ext=${f##*.}
  ext=${ext,,}
  match="?"
  case "$kind" in
    "$ext"*|*"$ext"*) match="matches extension" ;;
    unknown) match="unrecognised" ;;
    *) match="does NOT match .$ext" ;;
  esac
  printf '%s\n  bytes: %s\n  looks like: %s (%s)\n' "$f" "$(head -c 16 -- "$f" | xxd -g1 | cut -c11-58)" "$kind" "$match"
done
