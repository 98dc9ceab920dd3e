#!/usr/bin/env bash
set -euo pipefail
work=$(mktemp -d)
trap 'rm -rf -- "$work"' EXIT
curl -fsSL -o "$work/data.csv" "https://example.org/data.csv"
wc -l "$work/data.csv"
