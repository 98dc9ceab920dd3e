import base64
import gzip
import json
import sys

data = sys.stdin.read().strip()
raw = base64.b64decode(data)
if raw[:2] == b"\x1f\x8b":
    raw = gzip.decompress(raw)
try:
    print(json.dumps(json.loads(raw), indent=2)[:20000])
except ValueError:
    print(raw[:4000].decode("utf-8", "replace"))
