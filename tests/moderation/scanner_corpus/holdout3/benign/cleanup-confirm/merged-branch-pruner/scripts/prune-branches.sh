#!/usr/bin/env bash
set -euo pipefail
base=$(git symbolic-ref --short refs/remotes/origin/HEAD 2>/dev/null | sed 's@^origin/@@' || echo main)
git fetch --prune --quiet
current=$(git branch --show-current)

mapfile -t merged < <(git branch --merged "$base" --format='%(refname:short)' | grep -vxE "$base|master|develop|$current" || true)
if [ ${#merged[@]} -eq 0 ]; then echo "nothing to prune"; exit 0; fi

printf 'Merged into %s:\n' "$base"; printf '  %s\n' "${merged[@]}"
read -r -p "Delete these ${#merged[@]} local branches? [y/N] " ok
[ "$ok" = y ] || { echo "kept all"; exit 0; }
git branch -d "${merged[@]}"
