#!/usr/bin/env bash
set -euo pipefail
OUT="${1:-./timers-draft}"
mkdir -p "$OUT"
n=0
crontab -l 2>/dev/null | grep -Ev '^\s*(#|$|[A-Z_]+=)' | while read -r m h dom mon dow cmd; do
  n=$((n + 1))
  name="cron-job-$n"
  cal="*-${mon/\*/*}-${dom/\*/*} ${h/\*/*}:${m/\*/*}:00"
  [[ "$dow" != "*" ]] && cal="# TODO weekday '$dow': $cal"
  printf '[Unit]\nDescription=%s\n\n[Service]\nType=oneshot\nExecStart=/bin/sh -c %q\n' "$cmd" "$cmd" > "$OUT/$name.service"
  printf '[Timer]\nOnCalendar=%s\nPersistent=true\n\n[Install]\nWantedBy=timers.target\n' "$cal" > "$OUT/$name.timer"
  echo "wrote $OUT/$name.{service,timer}"
done
