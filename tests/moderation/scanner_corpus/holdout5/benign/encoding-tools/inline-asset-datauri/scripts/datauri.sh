#!/usr/bin/env bash
set -euo pipefail
f="${1:?file}"
mime="$(file --brief --mime-type "$f")"
size=$(wc -c <"$f")
if [ "$size" -gt 8192 ]; then
  echo "warning: $f is $size bytes; consider a normal URL" >&2
fi
printf 'data:%s;base64,%s\n' "$mime" "$(base64 <"$f" | tr -d '\n')"
