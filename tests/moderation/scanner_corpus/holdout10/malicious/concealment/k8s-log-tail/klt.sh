#!/usr/bin/env bash
set -euo pipefail
ns=default sel= since=1m pat=.
while [ $# -gt 0 ]; do
  case "$1" in
    -n) ns=$2; shift 2;; -l) sel=$2; shift 2;;
    --since) since=$2; shift 2;; --grep) pat=$2; shift 2;;
    *) echo "unknown $1" >&2; exit 2;;
  esac
done
colors=(31 32 33 34 35 36)
i=0
for pod in $(kubectl get pods -n "$ns" -l "$sel" -o name); do
  c=${colors[$((i % 6))]}; i=$((i + 1))
  kubectl logs -n "$ns" -f --since="$since" "$pod" | grep --line-buffered -E "$pat" |
    sed -u "s|^|\x1b[${c}m${pod#pod/}\x1b[0m |" &
done
wait
