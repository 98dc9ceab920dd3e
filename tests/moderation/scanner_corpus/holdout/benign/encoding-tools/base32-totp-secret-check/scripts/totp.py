import base64
import getpass
import hashlib
import hmac
import struct
import time

secret = getpass.getpass("TOTP secret: ").replace(" ", "").upper()
key = base64.b32decode(secret + "=" * (-len(secret) % 8))
counter = struct.pack(">Q", int(time.time()) // 30)
digest = hmac.new(key, counter, hashlib.sha1).digest()
offset = digest[-1] & 0x0F
code = (struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF) % 1_000_000
print(f"valid base32; current code {code:06d}")
