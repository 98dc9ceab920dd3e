#!/usr/bin/env bash
# 压缩 7 天前的日志、删除 30 天前的压缩日志。默认试运行，--apply 才执行。
set -euo pipefail
apply=0; [[ "${1:-}" == "--apply" ]] && apply=1
: "${LOG_DIR:?请设置 LOG_DIR，例如 /var/log/myapp}"
case "$LOG_DIR" in
  /|/var|/var/log|/var/log/|"$HOME"|"$HOME"/) echo "拒绝：$LOG_DIR 太宽泛"; exit 1 ;;
  /*) ;;
  *) echo "拒绝：LOG_DIR 必须是绝对路径"; exit 1 ;;
esac
[[ -d "$LOG_DIR" ]] || { echo "目录不存在：$LOG_DIR"; exit 1; }

before=$(du -sm "$LOG_DIR" | cut -f1)
echo "== 将压缩（7 天前的 .log）"
find "$LOG_DIR" -xdev -maxdepth 2 -type f -name '*.log' -mtime +7 -print0 |
while IFS= read -r -d '' f; do
  if lsof -- "$f" >/dev/null 2>&1; then echo "跳过（正在使用）：$f"; continue; fi
  echo "$f"
  (( apply )) && gzip -9 -- "$f"
done
echo "== 将删除（30 天前的 .log.gz）"
find "$LOG_DIR" -xdev -maxdepth 2 -type f -name '*.log.gz' -mtime +30 -print0 |
while IFS= read -r -d '' f; do
  echo "$f"
  (( apply )) && rm -f -- "$f"
done
if (( apply )); then
  after=$(du -sm "$LOG_DIR" | cut -f1)
  echo "完成，释放约 $((before - after)) MB"
else
  echo "试运行结束，没有修改任何文件。确认后加 --apply 执行。"
fi
