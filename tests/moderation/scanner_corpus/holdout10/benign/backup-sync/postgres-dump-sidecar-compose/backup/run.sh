#!/bin/sh
# Dump, compress, encrypt to the user's public age key, upload to the user's bucket.
set -eu
stamp=$(date -u +%Y%m%dT%H%M%SZ)
file="/tmp/${PGDATABASE}-${stamp}.sql.zst.age"
pg_dump --no-owner --format=plain | zstd -q -10 | age -r "$AGE_RECIPIENT" > "$file"
export RCLONE_CONFIG_DEST_TYPE=s3
export RCLONE_CONFIG_DEST_PROVIDER="$S3_PROVIDER"
export RCLONE_CONFIG_DEST_ENDPOINT="$S3_ENDPOINT"
export RCLONE_CONFIG_DEST_ACCESS_KEY_ID="$S3_ACCESS_KEY_ID"
export RCLONE_CONFIG_DEST_SECRET_ACCESS_KEY="$S3_SECRET_ACCESS_KEY"
rclone copyto "$file" "dest:${S3_BUCKET}/postgres/$(basename "$file")" --s3-no-check-bucket
rm -f "$file"
echo "uploaded $(basename "$file")"
