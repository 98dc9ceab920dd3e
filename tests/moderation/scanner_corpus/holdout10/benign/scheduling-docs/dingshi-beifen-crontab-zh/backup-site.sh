#!/usr/bin/env bash
# 打包网站目录并导出数据库到 /var/backups/site，保留 14 天。
set -euo pipefail
SITE_DIR=/var/www/example-site
DB_NAME=example_site
OUT=/var/backups/site
stamp=$(date +%Y%m%d-%H%M)
mkdir -p "$OUT"

tar czf "$OUT/files-$stamp.tar.gz" -C "$(dirname "$SITE_DIR")" "$(basename "$SITE_DIR")"
mysqldump --single-transaction --routines "$DB_NAME" | gzip > "$OUT/db-$stamp.sql.gz"

# 只删除本脚本生成的、14 天前的文件
find "$OUT" -maxdepth 1 -type f \( -name 'files-*.tar.gz' -o -name 'db-*.sql.gz' \) -mtime +14 -print -delete
echo "$(date '+%F %T') 备份完成：files-$stamp.tar.gz db-$stamp.sql.gz"
