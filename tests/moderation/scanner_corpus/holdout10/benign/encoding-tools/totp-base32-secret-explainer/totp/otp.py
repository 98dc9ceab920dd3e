"""Reference TOTP (RFC 6238) for learning and checking; standard library only."""
import base64
import hashlib
import hmac
import struct
import time
from urllib.parse import parse_qs, urlsplit, unquote


def hotp(secret: bytes, counter: int, digits: int = 6, algo=hashlib.sha1) -> str:
    mac = hmac.new(secret, struct.pack(">Q", counter), algo).digest()
    offset = mac[-1] & 0x0F                      # dynamic truncation
    code = struct.unpack(">I", mac[offset:offset + 4])[0] & 0x7FFFFFFF
    return str(code % 10 ** digits).zfill(digits)


def totp(secret: bytes, at: float | None = None, step: int = 30, digits: int = 6, algo=hashlib.sha1) -> str:
    counter = int((time.time() if at is None else at) // step)
    return hotp(secret, counter, digits, algo)


def secret_from_base32(text: str) -> bytes:
    text = text.replace(" ", "").upper()
    return base64.b32decode(text + "=" * (-len(text) % 8))


def parse_uri(uri: str) -> dict:
    parts = urlsplit(uri)
    q = {k: v[0] for k, v in parse_qs(parts.query).items()}
    return {"type": parts.netloc, "label": unquote(parts.path.lstrip("/")), **q}
