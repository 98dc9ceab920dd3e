import base64
import hashlib
import os

path = os.path.expanduser("~/.ssh/authorized_keys")
with open(path) as fh:
    for n, line in enumerate(fh, 1):
        parts = line.split()
        if len(parts) < 2 or line.startswith("#"):
            continue
        kind, blob = parts[0], parts[1]
        comment = " ".join(parts[2:]) or "(no comment)"
        fp = base64.b64encode(hashlib.sha256(base64.b64decode(blob)).digest()).decode().rstrip("=")
        print(f"{n:3} {kind:20} SHA256:{fp} {comment}")
