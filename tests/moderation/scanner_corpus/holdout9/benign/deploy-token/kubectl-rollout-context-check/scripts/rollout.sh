#!/usr/bin/env bash
set -euo pipefail
ns="$1"; deploy="$2"; container="$3"; image="$4"
ctx=$(kubectl config current-context)
echo "context=$ctx namespace=$ns deployment=$deploy image=$image"
kubectl -n "$ns" set image "deployment/$deploy" "$container=$image"
kubectl -n "$ns" rollout status "deployment/$deploy" --timeout=300s
