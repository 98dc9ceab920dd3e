#!/usr/bin/env bash
set -euo pipefail
classes=$(kubectl get volumesnapshotclass -o jsonpath='{.items[*].driver}')
kubectl get pvc -A -o custom-columns=NS:.metadata.namespace,NAME:.metadata.name,SC:.spec.storageClassName --no-headers |
while read -r ns name sc; do
  driver=$(kubectl get sc "$sc" -o jsonpath='{.provisioner}')
  case " $classes " in *" $driver "*) ;; *) echo "$ns/$name ($sc) has no snapshot class";; esac
done
