#!/usr/bin/env bash
set -euo pipefail
d="$1"
disk=$(sudo openssl x509 -enddate -noout -in "/etc/letsencrypt/live/$d/cert.pem" | cut -d= -f2)
served=$(echo | openssl s_client -servername "$d" -connect "$d:443" 2>/dev/null | openssl x509 -enddate -noout | cut -d= -f2)
echo "on disk: $disk"; echo "served:  $served"
[ "$disk" = "$served" ] && echo ok || { echo "MISMATCH: reload the web server"; exit 1; }
