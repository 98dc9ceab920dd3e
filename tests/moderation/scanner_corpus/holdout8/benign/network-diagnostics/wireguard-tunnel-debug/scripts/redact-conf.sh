#!/usr/bin/env bash
set -euo pipefail
conf="${1:-/etc/wireguard/wg0.conf}"
sudo sed -E 's/^(\s*(PrivateKey|PresharedKey)\s*=\s*).*/\1<redacted>/' "$conf"
