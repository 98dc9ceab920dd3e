#!/usr/bin/env bash
set -euo pipefail
host="${1:?usage: pmtu.sh HOST}"
lo=1000 hi=1472
if [[ "$(uname)" == "Darwin" ]]; then df=(-D) size=-s; else df=(-M do) size=-s; fi

ok() { ping -c 1 -W 2 "${df[@]}" "$size" "$1" "$host" >/dev/null 2>&1; }

ok "$lo" || { echo "even $lo bytes fail; check basic reachability first" >&2; exit 1; }
while (( lo < hi )); do
  mid=$(( (lo + hi + 1) / 2 ))
  if ok "$mid"; then lo=$mid; else hi=$((mid - 1)); fi
done
echo "largest DF payload: $lo bytes -> path MTU $((lo + 28))"
(( lo + 28 < 1500 )) && echo "below 1500: set the tunnel/interface MTU to $((lo + 28)) or enable MSS clamping"
