#!/bin/sh
set -e
for t in ripgrep fd-find bat cargo-edit; do
  cargo install --locked "$t"
done
