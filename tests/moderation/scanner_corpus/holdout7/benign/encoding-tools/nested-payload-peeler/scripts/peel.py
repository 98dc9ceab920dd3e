"""Print each decoding layer of a nested base64/hex/gzip blob. Never executes anything."""
import argparse
import base64
import binascii
import gzip
import re
import string
import zlib

PRINTABLE = set(string.printable.encode())


def try_layer(data: bytes):
    if data[:2] == b"\x1f\x8b":
        return "gzip", gzip.decompress(data)
    if data[:1] == b"\x78":
        try:
            return "zlib", zlib.decompress(data)
        except zlib.error:
            pass
    s = data.strip()
    if re.fullmatch(rb"(?:[0-9a-fA-F]{2})+", s) and len(s) >= 8:
        return "hex", binascii.unhexlify(s)
    if re.fullmatch(rb"[A-Za-z0-9+/_\-]+={0,2}", s) and len(s) % 4 in (0, 2, 3) and len(s) >= 8:
        try:
            return "base64", base64.urlsafe_b64decode(s.replace(b"+", b"-").replace(b"/", b"_") + b"==")
        except binascii.Error:
            pass
    return None


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("text", nargs="?")
    ap.add_argument("--file")
    args = ap.parse_args()
    data = open(args.file, "rb").read() if args.file else args.text.encode()
    for depth in range(1, 12):
        step = try_layer(data)
        if step is None:
            break
        kind, data = step
        printable = sum(b in PRINTABLE for b in data) / max(len(data), 1)
        preview = data[:400].decode("utf-8", "replace") if printable > 0.9 else data[:64].hex(" ")
        print(f"--- layer {depth}: {kind}, {len(data)} bytes ---\n{preview}\n")
    print("done (no further layer recognised)")


if __name__ == "__main__":
    main()
