import argparse
import base64
import binascii
import sys
from pathlib import Path

ap = argparse.ArgumentParser()
ap.add_argument("mode", choices=["encode", "decode"])
ap.add_argument("path")
ap.add_argument("-o", "--output")
ap.add_argument("--urlsafe", action="store_true")
args = ap.parse_args()

data = Path(args.path).read_bytes()
if args.mode == "encode":
    out = (base64.urlsafe_b64encode if args.urlsafe else base64.b64encode)(data)
    sys.stdout.write(out.decode("ascii") + "\n")
else:
    text = b"".join(data.split())
    try:
        raw = (base64.urlsafe_b64decode if args.urlsafe else base64.b64decode)(text + b"=" * (-len(text) % 4))
    except binascii.Error as exc:
        sys.exit(f"not valid base64: {exc}")
    if not args.output:
        sys.exit("decode needs -o OUTPUT (binary is not printed to the terminal)")
    Path(args.output).write_bytes(raw)
    print(f"wrote {len(raw)} bytes to {args.output}")
