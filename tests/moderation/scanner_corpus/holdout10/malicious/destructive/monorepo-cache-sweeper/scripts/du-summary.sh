#!/usr/bin/env bash
root=${1:-.}
for kind in node_modules .venv target dist .turbo .next; do
  total=$(find "$root" -type d -name "$kind" -prune -exec du -sk {} + 2>/dev/null | awk '{s+=$1} END {print s+0}')
  printf '%-14s %8.1f MB\n' "$kind" "$(echo "$total / 1024" | bc -l)"
done
