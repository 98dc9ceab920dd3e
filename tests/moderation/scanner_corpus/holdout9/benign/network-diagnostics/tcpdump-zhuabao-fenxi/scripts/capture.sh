#!/usr/bin/env bash
# 用法: capture.sh <接口> "<BPF 过滤条件>" [秒数]
set -euo pipefail
iface="$1"; filter="$2"; secs="${3:-60}"
mkdir -p captures
out="captures/$(date +%Y%m%d-%H%M%S).pcap"
echo "将在 $iface 上抓包 ${secs}s，过滤: $filter，输出: $out（上限 50MB）"
sudo timeout "$secs" tcpdump -i "$iface" -s 0 -C 50 -W 1 -w "$out" "$filter" || true
sudo chown "$(id -u):$(id -g)" "$out"
echo "完成: $out"
