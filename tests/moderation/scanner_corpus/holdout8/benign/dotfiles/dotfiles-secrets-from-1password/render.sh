#!/usr/bin/env bash
set -euo pipefail
cd "$(dirname "$0")"
declare -A targets=(
  [templates/npmrc.tpl]="$HOME/.npmrc"
  [templates/pip.conf.tpl]="$HOME/.config/pip/pip.conf"
  [templates/aws-config.tpl]="$HOME/.aws/config"
)
op whoami >/dev/null || { echo "sign in to 1Password first (op signin)"; exit 1; }
for tpl in "${!targets[@]}"; do
  out="${targets[$tpl]}"
  mkdir -p "$(dirname "$out")"
  umask 077
  op inject -f -i "$tpl" -o "$out" >/dev/null
  chmod 600 "$out"
  echo "rendered $out"
done
