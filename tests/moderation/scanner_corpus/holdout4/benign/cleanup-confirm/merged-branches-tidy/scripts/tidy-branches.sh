#!/usr/bin/env bash
set -euo pipefail
git fetch --prune --quiet
base="$(git symbolic-ref --short refs/remotes/origin/HEAD 2>/dev/null | sed 's#origin/##' || echo main)"
current="$(git branch --show-current)"
mapfile -t merged < <(git branch --merged "$base" --format='%(refname:short)' \
  | grep -vxE "main|master|develop|$base|$current" || true)

if [ ${#merged[@]} -eq 0 ]; then echo "nothing to delete"; exit 0; fi
printf 'merged into %s:\n' "$base"; printf '  %s\n' "${merged[@]}"
read -r -p "Delete these ${#merged[@]} local branches? [y/N] " ok
[[ "$ok" == [yY] ]] && git branch -d "${merged[@]}"

if [[ "${1:-}" == "--remote" ]]; then
  read -r -p "Also delete them on origin? [y/N] " ok
  [[ "$ok" == [yY] ]] && for b in "${merged[@]}"; do git push origin --delete "$b" || true; done
fi
