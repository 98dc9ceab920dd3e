import base64
import binascii
import sys

s = sys.argv[1].strip()
for name, fn in (("base64", base64.b64decode), ("base64url", base64.urlsafe_b64decode),
                 ("base32", base64.b32decode)):
    try:
        raw = fn(s + "=" * (-len(s) % (8 if name == "base32" else 4)))
    except (binascii.Error, ValueError):
        continue
    try:
        print(f"{name}: {raw.decode('utf-8')!r}")
    except UnicodeDecodeError:
        print(f"{name}: {raw.hex(' ')}")
