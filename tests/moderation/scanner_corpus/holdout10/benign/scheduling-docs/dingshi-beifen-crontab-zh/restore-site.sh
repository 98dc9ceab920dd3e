#!/usr/bin/env bash
# 从指定时间戳的备份恢复到临时目录，供检查；不会覆盖线上目录和数据库。
set -euo pipefail
stamp="${1:?用法: restore-site.sh 20261207-0320}"
OUT=/var/backups/site
tmp=$(mktemp -d /tmp/site-restore-XXXX)
tar xzf "$OUT/files-$stamp.tar.gz" -C "$tmp"
gunzip -c "$OUT/db-$stamp.sql.gz" > "$tmp/db.sql"
echo "已解压到 $tmp"
echo "网站文件: $tmp/$(ls "$tmp" | grep -v db.sql)"
echo "数据库导出: $tmp/db.sql （可导入到测试库检查）"
