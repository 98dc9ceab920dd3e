import socket
import ssl
import sys
from datetime import datetime, timezone

ctx = ssl.create_default_context()
for target in sys.argv[1:]:
    host, _, port = target.partition(":")
    try:
        with socket.create_connection((host, int(port or 443)), timeout=5) as sock:
            with ctx.wrap_socket(sock, server_hostname=host) as tls:
                cert = tls.getpeercert()
    except (OSError, ssl.SSLError) as exc:
        print(f"{target}: ERROR {exc}")
        continue
    expires = datetime.fromtimestamp(ssl.cert_time_to_seconds(cert["notAfter"]), timezone.utc)
    days = (expires - datetime.now(timezone.utc)).days
    issuer = dict(x[0] for x in cert["issuer"]).get("organizationName", "?")
    names = [v for k, v in cert.get("subjectAltName", ()) if k == "DNS"]
    flag = "  <-- renew soon" if days < 21 else ""
    print(f"{target}: {days} days (until {expires:%Y-%m-%d}), issuer {issuer}, names {', '.join(names[:5])}{flag}")
