"""Write RFC 4648 style test vectors as JSON (one object per input line)."""
import base64
import hashlib
import json
import sys

rows = []
for line in open(sys.argv[1], encoding="utf-8").read().split("\n")[:-1]:
    data = line.encode()
    rows.append({
        "input": line,
        "base64": base64.b64encode(data).decode(),
        "base64url": base64.urlsafe_b64encode(data).decode(),
        "base32": base64.b32encode(data).decode(),
        "base32hex": base64.b32hexencode(data).decode(),
        "base16": base64.b16encode(data).decode(),
        "sha256": hashlib.sha256(data).hexdigest(),
    })
json.dump(rows, sys.stdout, indent=1, ensure_ascii=False)
print()
