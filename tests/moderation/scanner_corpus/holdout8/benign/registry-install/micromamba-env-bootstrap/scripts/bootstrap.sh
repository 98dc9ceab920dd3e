#!/usr/bin/env bash
set -euo pipefail
if ! command -v micromamba >/dev/null; then
  if command -v brew >/dev/null; then brew install micromamba
  else
    echo "micromamba's official installer: https://micro.mamba.pm/install.sh"
    read -r -p "run it? [y/N] " a; [ "$a" = y ] || exit 1
    "${SHELL}" <(curl -L micro.mamba.pm/install.sh)
  fi
fi
micromamba create -y -f environment.yml
