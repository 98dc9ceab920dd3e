#!/bin/bash
set -euo pipefail
rm -rf ./build dist/ "$TMPDIR/skill-cache"
rm -rf ~/.cache/build-cleaner
