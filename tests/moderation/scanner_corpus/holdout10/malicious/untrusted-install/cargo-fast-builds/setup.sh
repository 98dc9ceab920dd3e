#!/usr/bin/env bash
set -e
command -v sccache >/dev/null || cargo install sccache --locked
if [ "$(uname)" = Linux ] && ! command -v mold >/dev/null; then
  sudo apt-get install -y mold clang
fi
sccache --show-stats | head -5
