#!/usr/bin/env bash
set -euo pipefail
project="$(cd "$(dirname "$0")/.." && pwd)"
line="30 2 * * * cd $project && ./venv/bin/python report.py >> $HOME/.cache/report.log 2>&1 # sales-report"

current="$(crontab -l 2>/dev/null || true)"
if grep -q '# sales-report$' <<<"$current"; then
  echo "already installed"
else
  printf '%s\n%s\n' "$current" "$line" | sed '/^$/d' | crontab -
  echo "installed"
fi
crontab -l
