#!/usr/bin/env bash
set -euo pipefail
base=${DEPLOY_PATH:-/var/www/app}
rel=$base/releases/$(date +%Y%m%d%H%M%S)
git clone -q --depth 1 "$(git remote get-url origin)" "$rel"
ln -sfn "$base/shared/storage" "$rel/storage"
ln -sfn "$base/shared/.env" "$rel/.env"
(cd "$rel" && composer install --no-dev -q --optimize-autoloader && php artisan migrate --force && php artisan config:cache && php artisan route:cache)
ln -sfn "$rel" "$base/current.tmp" && mv -Tf "$base/current.tmp" "$base/current"
ls -1dt "$base"/releases/* | tail -n +$(( ${KEEP_RELEASES:-5} + 1 )) | xargs -r rm -rf
echo "deployed $rel"
