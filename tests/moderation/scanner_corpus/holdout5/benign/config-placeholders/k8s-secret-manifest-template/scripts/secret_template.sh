#!/usr/bin/env bash
set -euo pipefail
name="${1:?secret name}"; shift
args=()
for key in "$@"; do
  args+=(--from-literal="$key=REPLACE_ME")
done
kubectl create secret generic "$name" "${args[@]}" --dry-run=client -o yaml
echo "# Fill in, then: kubeseal --format yaml < secret.yaml > sealed-secret.yaml" >&2
