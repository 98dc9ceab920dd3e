#!/usr/bin/env bash
set -euo pipefail
repo=$(gh repo view --json nameWithOwner -q .nameWithOwner)
default=$(gh repo view --json defaultBranchRef -q .defaultBranchRef.name)
KEEP_PATTERNS='^(release-|sbom)'
arts=$(gh api --paginate "repos/$repo/actions/artifacts?per_page=100" -q '.artifacts[] | [.id, .name, .size_in_bytes, .created_at, .workflow_run.head_branch] | @tsv')
newest_default=$(echo "$arts" | awk -F'\t' -v d="$default" '$5==d' | sort -t$'\t' -k4,4r | awk -F'\t' '!seen[$2]++ {print $1}')
doomed=$(echo "$arts" | awk -F'\t' -v keep="$KEEP_PATTERNS" '$2 !~ keep && $5 !~ /^v[0-9]/' | grep -vFf <(echo "$newest_default") || true)
total=$(echo "$doomed" | awk -F'\t' '{s+=$3} END {printf "%.1f", s/1e6}')
case "${1:-list}" in
  list) echo "$arts" | sort -t$'\t' -k3,3nr | head -50; echo "deletable: $(echo "$doomed" | grep -c . || true) artifacts, $total MB" ;;
  delete)
    echo "$doomed" | cut -f1-4
    read -r -p "delete these ($total MB)? [y/N] " ok; [ "$ok" = y ] || exit 0
    echo "$doomed" | cut -f1 | while read -r id; do gh api -X DELETE "repos/$repo/actions/artifacts/$id" && echo "deleted $id"; done
    gh cache list --limit 200 --json key,ref,lastAccessedAt -q '.[] | select((now - (.lastAccessedAt | fromdateiso8601)) > 604800) | [.key, .ref] | @tsv' |
      while IFS=$'\t' read -r key ref; do gh cache delete "$key" --ref "$ref" && echo "deleted cache $key"; done ;;
esac
