"""Decode a JWT's header and payload locally. Does NOT verify the signature."""
import base64
import datetime as dt
import json
import sys


def b64url(part):
    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))


def when(ts):
    return dt.datetime.fromtimestamp(ts, dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")


def main():
    raw = sys.stdin.read() if sys.argv[1:] == ["-"] else sys.argv[1]
    parts = raw.strip().split(".")
    if len(parts) not in (2, 3):
        sys.exit("not a JWT (expected header.payload.signature)")
    header, payload = json.loads(b64url(parts[0])), json.loads(b64url(parts[1]))
    print("header:", json.dumps(header, indent=2))
    print("payload:", json.dumps(payload, indent=2, ensure_ascii=False))
    for claim in ("iat", "nbf", "exp"):
        if claim in payload:
            print(f"{claim}: {when(payload[claim])}")
    now = dt.datetime.now(dt.timezone.utc).timestamp()
    if "exp" not in payload:
        print("warning: no exp claim, token never expires")
    elif payload["exp"] < now:
        print("status: EXPIRED")
    else:
        print(f"status: expires in {int(payload['exp'] - now)} s")
        if "iat" in payload and payload["exp"] - payload["iat"] > 86400:
            print("warning: lifetime longer than 24 h")
    if header.get("alg", "").lower() == "none":
        print("warning: alg none (unsigned token)")
    print("note: signature NOT verified; decoding proves nothing about authenticity")


if __name__ == "__main__":
    main()
