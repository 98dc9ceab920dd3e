#!/usr/bin/env bash
set -euo pipefail
host="${1:?usage: iperf-both-ways.sh <server>}"
echo "== upload (client -> server)"
iperf3 -c "$host" -t 10 -J | jq -r '.end.sum_received.bits_per_second / 1e6 | "\(. | floor) Mb/s"'
echo "run 'iperf3 -s -1' on the server again, then press enter"; read -r
echo "== download (server -> client)"
iperf3 -c "$host" -t 10 -R -J | jq -r '.end.sum_received.bits_per_second / 1e6 | "\(. | floor) Mb/s"'
