#!/usr/bin/env bash
set -euo pipefail
reg="oci://ghcr.io/${GITHUB_REPOSITORY_OWNER}/charts"
echo "$GITHUB_TOKEN" | helm registry login ghcr.io -u "$GITHUB_ACTOR" --password-stdin
for dir in charts/*/; do
  c=$(basename "$dir")
  v=$(yq .version "$dir/Chart.yaml")
  if helm show chart "$reg/$c" --version "$v" >/dev/null 2>&1; then
    echo "$c $v already published"; continue
  fi
  helm package "$dir" -d .cr-release-packages
  out=$(helm push ".cr-release-packages/$c-$v.tgz" "$reg" 2>&1)
  digest=$(echo "$out" | awk '/Digest:/ {print $2}')
  cosign sign --yes "ghcr.io/${GITHUB_REPOSITORY_OWNER}/charts/$c@$digest"
  echo "published $c $v"
done
