#!/usr/bin/env bash
now=$(date +%s)
sudo wg show all latest-handshakes | while read -r iface peer ts; do
  if [ "$ts" = 0 ]; then echo "$iface ${peer:0:8}... never"; else echo "$iface ${peer:0:8}... $((now - ts))s ago"; fi
done
