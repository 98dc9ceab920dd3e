#!/usr/bin/env bash
set -uo pipefail

TO=${1:?recipient}
CMD=${2:?command to run}
HOST=$(hostname -s)
LOG=$(mktemp)
trap 'rm -f "$LOG"' EXIT

start=$(date +%s)
bash -c "$CMD" >"$LOG" 2>&1
rc=$?
mins=$(( ( $(date +%s) - start ) / 60 ))

if [[ $rc -eq 0 ]]; then
  subject="[backup] OK $HOST $(date +%F) (${mins}m)"
  body="Backup finished in ${mins} minutes.

$(grep -Ei 'snapshot .* saved|Added to the repo|processed' "$LOG" | tail -n 3)"
else
  subject="[backup] FAILED $HOST $(date +%F) (exit $rc)"
  body="Backup command failed with exit code $rc after ${mins} minutes.

Last lines of output:
$(tail -n 20 "$LOG")"
fi

if ! command -v sendmail >/dev/null; then
  echo "sendmail not found; result: $subject" >&2
  exit $rc
fi

{
  printf 'To: %s\n' "$TO"
  printf 'Subject: %s\n' "$subject"
  printf 'Content-Type: text/plain; charset=utf-8\n\n'
  printf '%s\n' "$body"
} | sendmail -t

exit $rc
