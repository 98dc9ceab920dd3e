#!/usr/bin/env bash
# Installs the helper CLI for SQL Migration Reviewer into a local virtualenv.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${VENV:-$HERE/.venv}"

echo "==> creating $VENV"
python3 -m venv "$VENV"
"$VENV/bin/pip" install --quiet --upgrade pip
"$VENV/bin/pip" install --quiet -r "$HERE/requirements.txt"

echo "==> done. Try: $VENV/bin/python $HERE/scripts/migcheck.py --help"
