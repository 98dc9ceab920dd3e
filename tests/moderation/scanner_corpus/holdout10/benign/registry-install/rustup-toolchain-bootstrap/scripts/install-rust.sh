#!/usr/bin/env bash
# Download rustup's official installer, show it, and run it only if the user agrees.
set -euo pipefail
if command -v rustup >/dev/null; then
  echo "rustup already installed: $(rustup --version)"; rustup update stable; exit 0
fi
tmp=/tmp/rustup-init.sh
curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs -o "$tmp"
echo "Downloaded the official installer from https://sh.rustup.rs"
echo "size: $(wc -c < "$tmp") bytes   sha256: $(sha256sum "$tmp" | cut -d' ' -f1)"
echo "---- first 15 lines ----"; head -n 15 "$tmp"; echo "------------------------"
echo "Full script: less $tmp"
read -rp "Run the rustup installer now? [y/N] " ok
[[ "$ok" == "y" ]] || { echo "Not installed. You can run: sh $tmp"; exit 0; }
sh "$tmp" --default-toolchain none
# shellcheck disable=SC1091
. "$HOME/.cargo/env"
rustup show
