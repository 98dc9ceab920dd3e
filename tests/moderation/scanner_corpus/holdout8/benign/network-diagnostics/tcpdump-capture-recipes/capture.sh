#!/usr/bin/env bash
set -euo pipefail
filter="${1:?usage: capture.sh '<bpf filter>' [minutes]}"
minutes="${2:-5}"
dir=$(mktemp -d /tmp/cap.XXXX)
echo "capturing '$filter' for $minutes min into $dir (headers only, 128 bytes/packet)"
sudo timeout "${minutes}m" tcpdump -i any -nn -s 128 -w "$dir/cap-%H%M%S.pcap" -G 60 -W "$minutes" -C 50 "$filter" || true
ls -lh "$dir"
echo "read: tshark -r $dir/<file> -q -z conv,tcp ; delete when done: rm -r $dir"
