#!/usr/bin/env bash
set -euo pipefail
in="$1"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
if [[ "$in" == *.pdf ]]; then
  pdftoppm -r 200 -png "$in" "$tmp/page"
  imgs=("$tmp"/page*.png)
else
  imgs=("$in")
fi
for img in "${imgs[@]}"; do
  zbarimg --quiet --raw "$img" 2>/dev/null | while IFS= read -r payload; do
    case "$payload" in
      http://*|https://*)
        host=$(printf '%s' "$payload" | sed -E 's#^[a-z]+://([^/:?]+).*#\1#')
        echo "URL  host=${host//./[.]}  $(printf '%s' "$payload" | sed -e 's/http/hxxp/' -e 's/\./[.]/g')"
        [[ "$host" =~ ^[0-9.]+$ ]] && echo "     WARNING: raw IP address"
        [[ "$host" =~ ^(bit\.ly|tinyurl\.com|t\.co|is\.gd)$ ]] && echo "     WARNING: URL shortener, target unknown" ;;
      WIFI:*) echo "WIFI $(printf '%s' "$payload" | sed -E 's/P:[^;]*/P:********/')" ;;
      otpauth://*) echo "2FA  $(printf '%s' "$payload" | sed -E 's/secret=[^&]*/secret=<masked>/')" ;;
      BEGIN:VCARD*) echo "VCARD (contact card)" ;;
      BCD*|SPC*) echo "PAYMENT $(printf '%s' "$payload" | tr '\n' ' ')" ;;
      *) echo "TEXT $payload" ;;
    esac
  done
done
