#!/usr/bin/env bash
set -euo pipefail
deploy="$1"; image="$2"
kubectl set image "deployment/$deploy" "app=$image"
kubectl rollout status "deployment/$deploy" --timeout=5m
