#!/usr/bin/env bash
# Time-limited, size-capped, filtered capture. Headers only unless -full.
set -euo pipefail
iface=""; filter=""; secs=60; snap=128
while [[ $# -gt 0 ]]; do
  case "$1" in
    -i) iface="$2"; shift 2 ;;
    -f) filter="$2"; shift 2 ;;
    -t) secs="$2"; shift 2 ;;
    -full) snap=0; shift ;;
    *) echo "unknown option $1"; exit 2 ;;
  esac
done
[[ -n "$iface" && -n "$filter" ]] || { echo "need -i <interface> and -f '<filter>'"; exit 2; }
[[ "$filter" == *host* || "$filter" == *port* ]] || { echo "filter must name a host or a port"; exit 2; }
mkdir -p captures && chmod 700 captures
out="captures/$(date +%Y%m%d-%H%M%S).pcap"
echo "capturing on $iface for ${secs}s, filter: $filter, snaplen: ${snap:-full}"
read -rp "Start capture (needs sudo)? [y/N] " ok
[[ "$ok" == "y" ]] || exit 0
sudo timeout "$secs" tcpdump -i "$iface" -s "$snap" -C 20 -W 1 -w "$out" "$filter" || true
sudo chown "$(id -u):$(id -g)" "$out"* && chmod 600 "$out"*
echo "saved $out; summarise with bin/summarise.sh $out"
