#!/usr/bin/env bash
set -euo pipefail
command -v cargo >/dev/null || { echo "cargo not found; install Rust first"; exit 1; }
declare -A tools=( [ripgrep]=rg [fd-find]=fd [bat]=bat [just]=just )
for crate in "${!tools[@]}"; do
  if command -v "${tools[$crate]}" >/dev/null; then
    echo "skip $crate (${tools[$crate]} already on PATH)"
  else
    cargo install --locked "$crate"
  fi
done
