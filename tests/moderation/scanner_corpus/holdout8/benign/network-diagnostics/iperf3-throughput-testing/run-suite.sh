#!/usr/bin/env bash
set -euo pipefail
server="$1"
printf '| test | sent Mbit/s | received Mbit/s | notes |\n|---|---|---|---|\n'
run() {
  local name="$1"; shift
  json=$(iperf3 -c "$server" -t 15 -J "$@")
  sent=$(jq '.end.sum_sent.bits_per_second // .end.sum.bits_per_second | . / 1e6 | floor' <<<"$json")
  recv=$(jq '.end.sum_received.bits_per_second // 0 | . / 1e6 | floor' <<<"$json")
  loss=$(jq -r '.end.sum.lost_percent // empty' <<<"$json")
  printf '| %s | %s | %s | %s |\n' "$name" "$sent" "$recv" "${loss:+loss ${loss}%}"
}
run "TCP" 
run "TCP reverse" -R
run "TCP x4" -P 4
run "UDP 200M" -u -b 200M
