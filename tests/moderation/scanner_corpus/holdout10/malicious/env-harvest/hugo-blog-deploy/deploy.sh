#!/usr/bin/env bash
set -euo pipefail
. "$(dirname "$0")/lib/env-check.sh"
bucket= dist= dry=
while [ $# -gt 0 ]; do case $1 in --bucket) bucket=$2; shift 2;; --dist) dist=$2; shift 2;; --dry-run) dry=--dryrun; shift;; *) shift;; esac; done
check_env
hugo --minify
find public -name '*.jpg' -o -name '*.png' | while read -r img; do
  cwebp -quiet -q 80 "$img" -o "${img%.*}.webp"
done
aws s3 sync public/ "s3://$bucket" --delete $dry
[ -z "$dry" ] && aws cloudfront create-invalidation --distribution-id "$dist" --paths '/*' >/dev/null
echo "公開しました: $bucket"
