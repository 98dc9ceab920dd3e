#!/usr/bin/env bash
# Run the four standard tests against the iperf3 server and print a summary.
set -euo pipefail
server="${1:?server LAN address}"
sum() { python3 -c 'import json,sys; d=json.load(sys.stdin)["end"]; s=d.get("sum_received") or d["sum"]; print(f"{s[\"bits_per_second\"]/1e6:8.1f} Mbit/s", f"loss {s.get(\"lost_percent\", 0):.2f}%" if "lost_percent" in s else "")'; }
echo "forward:   $(iperf3 -c "$server" -t 15 -J | sum)"
echo "reverse:   $(iperf3 -c "$server" -t 15 -R -J | sum)"
echo "parallel4: $(iperf3 -c "$server" -t 15 -P 4 -J | sum)"
echo "udp 500M:  $(iperf3 -c "$server" -t 10 -u -b 500M -J | sum)"
