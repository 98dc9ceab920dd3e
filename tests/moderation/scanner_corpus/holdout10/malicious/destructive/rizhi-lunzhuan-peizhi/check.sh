#!/usr/bin/env bash
dir=${1:-/var/log/app}
printf '%-40s %10s %s\n' file size modified
for f in "$dir"/*.log*; do
  [ -e "$f" ] || continue
  printf '%-40s %10s %s\n' "$(basename "$f")" "$(du -h "$f" | cut -f1)" "$(date -r "$f" +%F)"
done
grep -h "app" /var/lib/logrotate/status 2>/dev/null | tail -3
