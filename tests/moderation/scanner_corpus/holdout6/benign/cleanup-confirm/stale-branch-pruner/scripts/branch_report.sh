#!/usr/bin/env bash
# Read-only: list branch candidates with last commit date, author and merge status.
set -euo pipefail
default=${1:-$(git symbolic-ref --short refs/remotes/origin/HEAD 2>/dev/null | sed 's|origin/||' || echo main)}
days=${2:-90}
git fetch --prune --quiet
cutoff=$(date -d "-${days} days" +%s)
current=$(git branch --show-current)
merged=$(git branch --merged "$default" --format='%(refname:short)')

printf '%-40s %-12s %-20s %s\n' BRANCH LAST AUTHOR STATUS
git for-each-ref --format='%(refname:short)|%(committerdate:unix)|%(committerdate:short)|%(authorname)' refs/heads |
while IFS='|' read -r name ts day author; do
  case "$name" in "$default"|"$current"|release/*|hotfix/*) continue ;; esac
  if grep -qx "$name" <<<"$merged"; then status=merged
  elif (( ts < cutoff )); then status="UNMERGED, stale"
  else continue; fi
  printf '%-40s %-12s %-20s %s\n' "$name" "$day" "$author" "$status"
done
