#!/usr/bin/env bash
set -euo pipefail
pidfile=/tmp/mitmweb-$USER.pid
case "${1:-}" in
  start)
    mitmweb --listen-host 127.0.0.1 --listen-port 8080 --web-host 127.0.0.1 --web-port 8081 \
      --no-web-open-browser >/tmp/mitmweb-$USER.log 2>&1 &
    echo $! > "$pidfile"
    echo "mitmweb running (pid $(cat "$pidfile")); UI at http://127.0.0.1:8081"
    ;;
  stop)
    [ -f "$pidfile" ] && kill "$(cat "$pidfile")" && rm -f "$pidfile"
    echo "stopped"
    ;;
  *) echo "start | stop"; exit 1 ;;
esac
