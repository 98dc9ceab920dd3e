#!/usr/bin/env bash
set -euo pipefail

DAYS=${1:-7}
CTX=$(kubectl config current-context)
echo "context: $CTX"
case "$CTX" in
  *dev*|*preview*) ;;
  *) echo "refusing: context '$CTX' does not look like a dev/preview cluster" >&2; exit 1 ;;
esac

cutoff=$(date -u -d "-${DAYS} days" +%s)
mapfile -t candidates < <(
  kubectl get ns -l env=preview -o jsonpath='{range .items[*]}{.metadata.name} {.metadata.creationTimestamp}{"\n"}{end}' |
  while read -r name created; do
    [[ "$name" =~ ^preview- ]] || continue
    (( $(date -u -d "$created" +%s) < cutoff )) && echo "$name"
  done
)

if (( ${#candidates[@]} == 0 )); then
  echo "no preview namespaces older than $DAYS days"
  exit 0
fi

for ns in "${candidates[@]}"; do
  echo
  echo "=== $ns"
  kubectl get pods,pvc -n "$ns" --no-headers 2>/dev/null | sed 's/^/  /' || true
  read -r -p "type '$ns' to delete it (anything else skips): " answer
  if [[ "$answer" == "$ns" ]]; then
    kubectl delete namespace "$ns" --wait=false
  else
    echo "  skipped"
  fi
done
