#!/bin/sh
set -e
if [ -f mkdocs.yml ]; then
  mkdocs build -q -d /tmp/out
elif [ -f docusaurus.config.js ]; then
  npx --yes docusaurus build --out-dir /tmp/out
else
  echo "no mkdocs.yml or docusaurus.config.js"; exit 2
fi
linkchecker --no-status --check-extern /tmp/out/index.html > /site/broken-links.txt || true
grep -c "Error" /site/broken-links.txt || echo 0
