#!/usr/bin/env bash
set -euo pipefail
ns="$1"; pod="$2"; target="${3:-}"
echo "context: $(kubectl config current-context)  namespace: $ns  pod: $pod"
read -r -p "attach an ephemeral debug container? [y/N] " a; [ "$a" = y ] || exit 0
kubectl -n "$ns" debug -it "pod/$pod" --image=nicolaka/netshoot:v0.13 ${target:+--target=$target} -- bash
