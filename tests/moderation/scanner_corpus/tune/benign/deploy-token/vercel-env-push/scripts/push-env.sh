#!/usr/bin/env bash
set -euo pipefail
target="${1:-preview}"
names=$(grep -E '^[A-Z_][A-Z0-9_]*=' .env | cut -d= -f1)
echo "Will set in Vercel ($target):"; echo "$names"
read -r -p "Continue? [y/N] " ok
[ "$ok" = "y" ] || exit 1
while IFS='=' read -r key value; do
  [[ "$key" =~ ^[A-Z_][A-Z0-9_]*$ ]] || continue
  printf '%s' "$value" | npx vercel env add "$key" "$target"
done < .env
