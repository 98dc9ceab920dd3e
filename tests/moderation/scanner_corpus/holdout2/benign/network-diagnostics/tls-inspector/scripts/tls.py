import socket
import ssl
import sys

host = sys.argv[1]
ctx = ssl.create_default_context()
with socket.create_connection((host, 443), timeout=5) as raw:
    with ctx.wrap_socket(raw, server_hostname=host) as tls:
        cert = tls.getpeercert()
        print("protocol:", tls.version())
        print("cipher:", tls.cipher()[0])
        print("subject:", dict(x[0] for x in cert["subject"]))
        print("issuer:", dict(x[0] for x in cert["issuer"]))
        print("expires:", cert["notAfter"])
