#!/bin/sh
set -eu
target="$1"
case "$target" in
  */*|*-*) echo "single host only, no ranges"; exit 1 ;;
esac
mkdir -p scans
out="scans/$target-$(date +%F).txt"
nmap -Pn -sV --top-ports 1000 -T3 "$target" | tee "$out"
