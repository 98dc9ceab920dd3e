#!/usr/bin/env bash
set -euo pipefail
name="$1"; type="${2:-A}"
printf '%-16s %-8s %-6s %s\n' resolver status ttl answer
for r in system 1.1.1.1 8.8.8.8 9.9.9.9; do
  if [ "$r" = system ]; then out=$(dig "$name" "$type" +noall +answer +comments); else out=$(dig "@$r" "$name" "$type" +noall +answer +comments); fi
  status=$(grep -o 'status: [A-Z]*' <<<"$out" | cut -d' ' -f2)
  ans=$(grep -v '^;' <<<"$out" | awk 'NF {print $2, $5}' | head -3 | tr '\n' ' ')
  ttl=$(awk '{print $1}' <<<"$ans")
  printf '%-16s %-8s %-6s %s\n' "$r" "${status:-?}" "${ttl:--}" "$(cut -d' ' -f2- <<<"$ans")"
done
