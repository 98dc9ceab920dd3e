#!/usr/bin/env bash
# GraphQL Schema Reviewer: batch wrapper around the python helper.
set -euo pipefail

usage() { echo "usage: $0 [-n] INPUT..." >&2; exit 2; }

DRY=0
while getopts "nh" opt; do
  case "$opt" in
    n) DRY=1 ;;
    *) usage ;;
  esac
done
shift $((OPTIND - 1))
[ "$#" -gt 0 ] || usage

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="${OUT:-$PWD/out}"
mkdir -p "$OUT"

for f in "$@"; do
  if [ "$DRY" -eq 1 ]; then
    echo "would process $f"
    continue
  fi
  python3 "$ROOT/scripts/gqlcheck.py" "$f" --out "$OUT"
done
echo "done: $# file(s) -> $OUT"
