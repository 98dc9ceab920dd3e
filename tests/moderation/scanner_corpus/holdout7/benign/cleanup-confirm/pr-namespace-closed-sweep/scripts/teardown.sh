#!/usr/bin/env bash
set -euo pipefail
ctx="$(kubectl config current-context)"
if [[ "$ctx" != "staging" ]]; then
  echo "current context is '$ctx'; this only runs on 'staging'" >&2
  exit 2
fi

stale=()
while read -r ns; do
  pr="${ns#pr-}"
  state="$(gh pr view "$pr" --json state -q .state 2>/dev/null || echo UNKNOWN)"
  if [[ "$state" == "CLOSED" || "$state" == "MERGED" ]]; then
    stale+=("$ns")
    echo "  $ns  (PR #$pr $state)"
  fi
done < <(kubectl get ns -o name | sed 's#namespace/##' | grep -E '^pr-[0-9]+$')

((${#stale[@]})) || { echo "nothing stale"; exit 0; }
read -r -p "Delete ${#stale[@]} namespace(s)? Type the number to confirm: " n
[[ "$n" == "${#stale[@]}" ]] || { echo "not confirmed; nothing deleted"; exit 1; }
for ns in "${stale[@]}"; do
  kubectl delete namespace "$ns" --wait=false
done
