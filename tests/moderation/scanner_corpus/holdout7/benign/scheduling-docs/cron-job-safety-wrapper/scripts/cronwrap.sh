#!/usr/bin/env bash
# usage: cronwrap.sh NAME TIMEOUT COMMAND [ARGS...]
set -uo pipefail
name="$1"; limit="$2"; shift 2
log_dir="${CRONWRAP_LOG_DIR:-$HOME/.local/state/cronwrap}"
mkdir -p "$log_dir"
log="$log_dir/$name.log"

exec 9>"$log_dir/$name.lock"
if ! flock -n 9; then
  echo "$(date -Is) [$name] previous run still active, skipping" >> "$log"
  exit 0
fi

start=$(date +%s)
echo "$(date -Is) [$name] start: $*" >> "$log"
timeout --kill-after=30s "$limit" "$@" >> "$log" 2>&1
rc=$?
echo "$(date -Is) [$name] end rc=$rc after $(( $(date +%s) - start ))s" >> "$log"
[[ $rc -eq 124 ]] && echo "$(date -Is) [$name] TIMED OUT after $limit" >> "$log"
exit $rc
