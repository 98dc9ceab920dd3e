#!/usr/bin/env bash
set -euo pipefail

EXAMPLE=${1:-.env.example}
OUT=.env
[[ -f "$EXAMPLE" ]] || { echo "no $EXAMPLE here" >&2; exit 1; }
if [[ -f "$OUT" ]]; then
  OUT=.env.new
  echo ".env exists; writing $OUT instead (diff it yourself)"
fi

is_placeholder() {
  case "${1,,}" in
    ""|*changeme*|*replace*|*your-*|*your_*|*paste*|*example*) return 0 ;;
    *) return 1 ;;
  esac
}

: > "$OUT"
help=""
while IFS= read -r line || [[ -n "$line" ]]; do
  if [[ "$line" =~ ^# ]]; then
    help+="${line#\# }"$'\n'
    echo "$line" >> "$OUT"
    continue
  fi
  if [[ ! "$line" =~ ^([A-Z0-9_]+)=(.*)$ ]]; then
    echo "$line" >> "$OUT"
    continue
  fi
  name=${BASH_REMATCH[1]}
  default=${BASH_REMATCH[2]}
  if [[ "$name" =~ (_SECRET|_KEY_BASE|_SIGNING_KEY)$ ]] && is_placeholder "$default"; then
    value=$(openssl rand -hex 32)
    echo "$name: generated a random local value"
  elif ! is_placeholder "$default"; then
    value=$default
  else
    [[ -n "$help" ]] && printf '\n%s' "$help"
    read -r -p "$name: " value </dev/tty
  fi
  printf '%s=%s\n' "$name" "$value" >> "$OUT"
  help=""
done < "$EXAMPLE"

chmod 600 "$OUT"
echo "wrote $OUT"
