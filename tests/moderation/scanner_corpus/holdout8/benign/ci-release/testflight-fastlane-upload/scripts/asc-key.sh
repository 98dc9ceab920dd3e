#!/usr/bin/env bash
set -euo pipefail
umask 077
path="${RUNNER_TEMP:-/tmp}/asc.p8"
printf '%s' "$ASC_KEY_P8_BASE64" | base64 --decode > "$path"
echo "ASC_KEY_PATH=$path" >> "$GITHUB_ENV"
