#!/usr/bin/env bash
# 重新生成 docs/img 下的所有图片（本地工具，无网络渲染服务）。
set -euo pipefail
for f in docs/src/*.mmd; do
  npx -y -p @mermaid-js/mermaid-cli mmdc -i "$f" -o "docs/img/$(basename "${f%.mmd}").svg"
done
python scripts/huatu.py data/qingqiu.csv docs/img/qingqiu.svg
echo "完成"
