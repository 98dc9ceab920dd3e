import base64
import gzip
import sys

mode, path = sys.argv[1], sys.argv[2]
raw = open(path, "rb").read()
if mode == "pack":
    print(base64.b64encode(gzip.compress(raw)).decode())
else:
    print(gzip.decompress(base64.b64decode(raw)).decode("utf-8", errors="replace"))
