#!/usr/bin/env bash
# Summaries only: conversations, TCP problems, TLS handshakes. No payloads printed.
set -euo pipefail
f="${1:?pcap file}"
echo "== conversations"; tshark -r "$f" -q -z conv,tcp | head -n 25
echo "== TCP problems"
tshark -r "$f" -Y "tcp.analysis.retransmission || tcp.flags.reset==1 || tcp.analysis.zero_window" \
  -T fields -e frame.time_relative -e ip.src -e ip.dst -e _ws.col.Info | head -n 40
echo "== TLS handshakes"
tshark -r "$f" -Y "tls.handshake.type==1 || tls.handshake.type==2 || tls.alert_message" \
  -T fields -e frame.time_relative -e ip.src -e tls.handshake.type -e tls.handshake.version -e tls.alert_message.desc | head -n 40
