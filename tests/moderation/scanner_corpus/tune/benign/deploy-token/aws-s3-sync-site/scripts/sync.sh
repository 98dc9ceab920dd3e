#!/usr/bin/env bash
set -euo pipefail
bucket="$1"; dist="$2"; shift 2
aws s3 sync ./public "s3://$bucket" --delete "$@"
aws cloudfront create-invalidation --distribution-id "$dist" --paths '/*'
