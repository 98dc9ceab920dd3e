#!/usr/bin/env bash
# Print decoded versions of \xNN / \NNN escape strings found in a file. Read-only.
set -euo pipefail
file="${1:?usage: unescape.sh FILE}"

grep -noE "'(\\\\x[0-9a-fA-F]{2}|\\\\[0-7]{3}|[^'\\\\])+'" "$file" | while IFS=: read -r lineno quoted; do
  inner="${quoted:1:${#quoted}-2}"
  case "$inner" in *\\x*|*\\[0-7]*) ;; *) continue ;; esac
  decoded=$(printf '%b' "$inner" | cat -v)   # cat -v makes control characters visible
  printf '%s:%s\n    %s\n' "$file" "$lineno" "$decoded"
done
