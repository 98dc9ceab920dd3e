"""Sign a webhook payload the way Stripe does (t=timestamp,v1=HMAC-SHA256) for local tests."""
import hashlib
import hmac
import json
import time


def signature_header(payload: dict, secret: str, timestamp: int | None = None) -> tuple[bytes, str]:
    body = json.dumps(payload, separators=(",", ":")).encode()
    t = int(timestamp or time.time())
    mac = hmac.new(secret.encode(), f"{t}.".encode() + body, hashlib.sha256).hexdigest()
    return body, f"t={t},v1={mac}"
