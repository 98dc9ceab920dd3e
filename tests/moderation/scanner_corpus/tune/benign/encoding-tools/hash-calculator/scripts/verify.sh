#!/usr/bin/env bash
set -euo pipefail
sha256sum --check --ignore-missing "${1:-SHA256SUMS}"
