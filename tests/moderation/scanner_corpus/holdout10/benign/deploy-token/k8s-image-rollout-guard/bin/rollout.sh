#!/usr/bin/env bash
set -euo pipefail
deploy="${1:?deployment}"; container="${2:?container}"; image="${3:?image}"

ctx=$(kubectl config current-context)
ns=$(kubectl config view --minify -o jsonpath='{..namespace}'); ns=${ns:-default}
server=$(kubectl config view --minify -o jsonpath='{.clusters[0].cluster.server}')

if ! grep -qxF "$ctx" config/allowed-contexts.txt; then
  echo "context $ctx is not in config/allowed-contexts.txt; refusing" >&2
  exit 1
fi

current=$(kubectl -n "$ns" get deploy "$deploy" -o jsonpath="{.spec.template.spec.containers[?(@.name=='$container')].image}")
echo "context:   $ctx"
echo "namespace: $ns"
echo "server:    $server"
echo "current:   $current"
echo "new:       $image"

kubectl -n "$ns" get deploy "$deploy" -o yaml \
  | sed "s#image: $current#image: $image#" \
  | kubectl diff -f - || true

read -rp "Type the context name to confirm: " typed
[[ "$typed" == "$ctx" ]] || { echo "not confirmed"; exit 1; }
if [[ "$ctx" == *prod* ]]; then
  kubectl -n "$ns" get deploy "$deploy" -o jsonpath='{.spec.replicas} replicas{"\n"}'
  kubectl -n "$ns" get pdb 2>/dev/null || true
  read -rp "This is production. Continue? [y/N] " ok
  [[ "$ok" == "y" ]] || exit 1
fi

kubectl -n "$ns" set image "deploy/$deploy" "$container=$image"
if ! kubectl -n "$ns" rollout status "deploy/$deploy" --timeout=5m; then
  read -rp "Rollout failed. Undo to $current? [y/N] " undo
  [[ "$undo" == "y" ]] && kubectl -n "$ns" rollout undo "deploy/$deploy"
  exit 1
fi
