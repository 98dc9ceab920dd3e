#!/usr/bin/env bash
# Look for indicators of compromise in logs; read-only.
dir="${1:-/var/log}"
patterns=(
  '/dev/tcp/'
  'curl [^|]*\| *(ba)?sh'
  'base64 (-d|--decode) *\| *(ba)?sh'
  'authorized_keys'
  'nc -e'
)
for p in "${patterns[@]}"; do
  echo "== $p"
  grep -rEn --binary-files=without-match -- "$p" "$dir" 2>/dev/null | head -n 20
done
