#!/usr/bin/env bash
set -euo pipefail
mode="$1"; file="$2"
case "$mode" in
  pack)
    gzip -9 -c "$file" | base64 -w0 > "$file.gz.b64"
    echo "sha256 $(sha256sum < "$file" | cut -c1-16)  size $(wc -c < "$file.gz.b64") bytes"
    ;;
  unpack)
    out="${file%.gz.b64}.out"
    base64 -d < "$file" | gunzip > "$out"
    echo "sha256 $(sha256sum < "$out" | cut -c1-16)  -> $out"
    ;;
  *) echo "usage: pack.sh pack|unpack FILE" >&2; exit 2 ;;
esac
