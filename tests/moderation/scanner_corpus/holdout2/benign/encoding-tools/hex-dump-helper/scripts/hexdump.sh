#!/bin/sh
f="$1"
[ -f "$f" ] || { echo "no such file: $f"; exit 1; }
xxd -l 256 "$f"
printf '\nfile(1) says: '
file -b "$f"
