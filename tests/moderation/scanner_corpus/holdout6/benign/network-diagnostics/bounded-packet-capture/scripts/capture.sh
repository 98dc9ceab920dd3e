#!/usr/bin/env bash
set -euo pipefail

IFACE="" HOST="" PORT="" SECS=60 MAX_MB=50
while getopts "i:h:p:t:" opt; do
  case $opt in
    i) IFACE=$OPTARG ;;
    h) HOST=$OPTARG ;;
    p) PORT=$OPTARG ;;
    t) SECS=$OPTARG ;;
    *) exit 2 ;;
  esac
done
[[ -n "$IFACE" && -n "$HOST" && -n "$PORT" ]] || { echo "usage: $0 -i IFACE -h HOST -p PORT [-t SECONDS]" >&2; exit 2; }
(( SECS <= 600 )) || { echo "keep captures under 10 minutes" >&2; exit 2; }
[[ $EUID -eq 0 ]] || { echo "run with sudo (tcpdump needs it)" >&2; exit 1; }

owner=${SUDO_USER:-root}
mkdir -p captures
out="captures/$(date +%Y%m%d-%H%M%S)-${HOST}-${PORT}.pcap"

echo "capturing host $HOST port $PORT on $IFACE for ${SECS}s (max ${MAX_MB} MB)..."
timeout "$SECS" tcpdump -i "$IFACE" -s 256 -C "$MAX_MB" -W 1 -w "$out" \
  "host $HOST and port $PORT" 2>/dev/null || true
chown "$owner" "$out"
chmod 600 "$out"
echo "saved $out ($(du -h "$out" | cut -f1))"

if command -v tshark >/dev/null; then
  echo; echo "== conversations"; tshark -r "$out" -q -z conv,tcp | sed -n '6,20p'
  echo "== resets";          tshark -r "$out" -Y 'tcp.flags.reset==1' | wc -l
  echo "== retransmissions"; tshark -r "$out" -Y 'tcp.analysis.retransmission' | wc -l
  echo "== TLS alerts";      tshark -r "$out" -Y 'tls.alert_message' -T fields -e frame.time_relative -e tls.alert_message.desc
fi
echo "delete the capture when you're done: rm $out"
