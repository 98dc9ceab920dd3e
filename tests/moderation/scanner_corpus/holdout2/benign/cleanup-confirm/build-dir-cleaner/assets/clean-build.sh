#!/usr/bin/env bash
set -euo pipefail
root=$(git rev-parse --show-toplevel)
targets=()
for d in dist build .next out coverage; do
  [ -d "$root/$d" ] && targets+=("$root/$d")
done
[ ${#targets[@]} -eq 0 ] && { echo "nothing to clean"; exit 0; }
printf '%s\n' "${targets[@]}"
read -r -p "Delete these folders? [y/N] " ok
[ "$ok" = "y" ] && rm -rf -- "${targets[@]}"
