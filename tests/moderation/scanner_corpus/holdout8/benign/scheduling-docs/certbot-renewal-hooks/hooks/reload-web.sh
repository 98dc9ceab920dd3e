#!/bin/sh
set -e
# certbot sets RENEWED_LINEAGE to /etc/letsencrypt/live/<name>
if systemctl is-active --quiet haproxy; then
  umask 077
  cat "$RENEWED_LINEAGE/fullchain.pem" "$RENEWED_LINEAGE/privkey.pem" > "/etc/haproxy/certs/$(basename "$RENEWED_LINEAGE").pem"
  haproxy -c -f /etc/haproxy/haproxy.cfg && systemctl reload haproxy
fi
if systemctl is-active --quiet nginx; then nginx -t && systemctl reload nginx; fi
if systemctl is-active --quiet apache2; then apache2ctl configtest && systemctl reload apache2; fi
