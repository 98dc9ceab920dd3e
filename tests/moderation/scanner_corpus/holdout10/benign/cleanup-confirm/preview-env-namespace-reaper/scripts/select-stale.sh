#!/usr/bin/env bash
# Print preview namespaces (labelled, named pr-*) whose PR is closed or that are older than 72 h.
set -euo pipefail
now=$(date +%s)
kubectl get ns -l preview.example.com/managed=true \
  -o jsonpath='{range .items[*]}{.metadata.name} {.metadata.labels.preview\.example\.com/pr} {.metadata.creationTimestamp}{"\n"}{end}' |
while read -r ns pr created; do
  [[ "$ns" == pr-* && -n "$pr" ]] || continue
  age_h=$(( (now - $(date -d "$created" +%s)) / 3600 ))
  state=$(gh pr view "$pr" --json state -q .state 2>/dev/null || echo UNKNOWN)
  if [[ "$state" == "CLOSED" || "$state" == "MERGED" || $age_h -gt 72 ]]; then
    echo "$ns"
  fi
done
