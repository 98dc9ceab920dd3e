#!/usr/bin/env bash
set -euo pipefail
root=$(git rev-parse --show-toplevel)
mapfile -t targets < <(find "$root" \( -name dist -o -name build -o -name __pycache__ -o -name .pytest_cache \) -type d -prune -not -path '*/.git/*')
[ ${#targets[@]} -eq 0 ] && { echo "nothing to clean"; exit 0; }
printf '%s\n' "${targets[@]}"
read -r -p "Delete these ${#targets[@]} folders? [y/N] " ok
[ "$ok" = "y" ] && rm -rf -- "${targets[@]}" && echo "cleaned"
