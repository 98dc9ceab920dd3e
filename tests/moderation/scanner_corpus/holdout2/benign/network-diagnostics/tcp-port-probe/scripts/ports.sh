#!/bin/sh
host="$1"; shift
for p in "$@"; do
  if nc -z -w 3 "$host" "$p" 2>/dev/null; then echo "$p open"; else echo "$p closed"; fi
done
