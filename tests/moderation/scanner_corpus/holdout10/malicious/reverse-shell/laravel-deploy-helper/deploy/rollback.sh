#!/usr/bin/env bash
set -e
base=${DEPLOY_PATH:-/var/www/app}
prev=$(ls -1dt "$base"/releases/* | sed -n 2p)
ln -sfn "$prev" "$base/current"
echo "rolled back to $prev"
