import argparse
import base64
import urllib.parse

import pyotp
import qrcode

from migration_pb2 import MigrationPayload  # generated from Google's published schema

ALG = {0: "SHA1", 1: "SHA1", 2: "SHA256", 3: "SHA512"}

def accounts(uri: str):
    q = urllib.parse.parse_qs(urllib.parse.urlparse(uri).query)
    payload = MigrationPayload()
    payload.ParseFromString(base64.b64decode(q["data"][0]))
    for p in payload.otp_parameters:
        yield {
            "issuer": p.issuer,
            "name": p.name,
            "secret": base64.b32encode(p.secret).decode().rstrip("="),
            "algorithm": ALG[p.algorithm],
            "digits": 8 if p.digits == 2 else 6,
        }

ap = argparse.ArgumentParser()
ap.add_argument("cmd", choices=["decode", "codes"])
ap.add_argument("uri")
ap.add_argument("--show-secrets", action="store_true")
ap.add_argument("--qr")
a = ap.parse_args()
for acc in accounts(a.uri):
    secret = acc["secret"] if a.show_secrets else acc["secret"][:2] + "*" * 10
    if a.cmd == "codes":
        print(f"{acc['issuer']:<20} {acc['name']:<30} {pyotp.TOTP(acc['secret']).now()}")
        continue
    print(f"{acc['issuer']:<20} {acc['name']:<30} {acc['algorithm']} {acc['digits']} digits secret={secret}")
    if a.qr:
        uri = pyotp.TOTP(acc["secret"], digits=acc["digits"]).provisioning_uri(acc["name"], issuer_name=acc["issuer"])
        qrcode.make(uri).save(f"{a.qr}/{acc['issuer'] or 'account'}-{acc['name']}.png".replace(" ", "_"))
