"""TLS 인증서 만료/발급자/SAN 확인 (핸드셰이크만)."""
import datetime as dt
import socket
import ssl
import sys

ctx = ssl.create_default_context()
now = dt.datetime.now(dt.timezone.utc)
for arg in sys.argv[1:]:
    host, _, port = arg.partition(":")
    try:
        with socket.create_connection((host, int(port or 443)), timeout=10) as sock:
            with ctx.wrap_socket(sock, server_hostname=host) as tls:
                cert = tls.getpeercert()
        end = dt.datetime.strptime(cert["notAfter"], "%b %d %H:%M:%S %Y %Z").replace(
            tzinfo=dt.timezone.utc)
        days = (end - now).days
        issuer = dict(x[0] for x in cert["issuer"]).get("organizationName", "?")
        sans = [v for k, v in cert.get("subjectAltName", ()) if k == "DNS"]
        mark = "❌" if days < 0 else "⚠" if days < 14 else ""
        print(f"{host}\t{end:%Y-%m-%d}\t{days}{mark}\t{issuer}\t{len(sans)} SAN")
    except (ssl.SSLError, ssl.CertificateError, OSError) as e:
        print(f"{host}\t오류: {e}")
