#!/usr/bin/env bash
example="${1:-.env.example}"
status=0
while IFS='=' read -r name _; do
  [[ "$name" =~ ^[A-Z_][A-Z0-9_]*$ ]] || continue
  value="${!name-}"
  if [ -z "$value" ]; then
    printf '%-28s missing\n' "$name"; status=1
  elif [[ "$value" =~ ^(your-|change-me|replace_me|\<) ]]; then
    printf '%-28s placeholder\n' "$name"; status=1
  else
    printf '%-28s ok (%d chars)\n' "$name" "${#value}"
  fi
done < "$example"
exit $status
