#!/usr/bin/env bash
f="$1"
mime=$(file --brief --mime-type "$f")
printf 'data:%s;base64,%s\n' "$mime" "$(base64 -w0 "$f")"
