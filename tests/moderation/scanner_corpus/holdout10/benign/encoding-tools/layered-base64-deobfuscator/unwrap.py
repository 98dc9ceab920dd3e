"""Statically unwrap layered encodings. Decodes only; NEVER executes anything."""
import base64
import binascii
import gzip
import re
import sys
import zlib

B64 = re.compile(r"[A-Za-z0-9+/_-]{40,}={0,2}")
HEXESC = re.compile(r"(?:\\x[0-9a-fA-F]{2}){8,}")
PLAINHEX = re.compile(r"\b(?:[0-9a-fA-F]{2}){16,}\b")
CHARCODES = re.compile(r"fromCharCode\(([\d,\s]+)\)")
REVERSED = re.compile(r"""(['"])([^'"]{12,})\1\s*(?:\[::-1\]|\.split\(['"]{2}\)\.reverse\(\)\.join)""")


def _bytes_to_text(raw):
    for fn in (zlib.decompress, gzip.decompress, lambda b: zlib.decompress(b, -15)):
        try:
            raw = fn(raw)
            break
        except Exception:
            pass
    return raw.decode("utf-8", "replace")


def peel(text):
    if m := CHARCODES.search(text):
        return "char codes", "".join(chr(int(n)) for n in m.group(1).split(","))
    if m := REVERSED.search(text):
        return "reversed string", m.group(2)[::-1]
    if m := HEXESC.search(text):
        return "\\x hex escapes", _bytes_to_text(bytes.fromhex(m.group(0).replace("\\x", "")))
    if m := B64.search(text):
        blob = m.group(0)
        try:
            return "base64", _bytes_to_text(base64.b64decode(blob + "=" * (-len(blob) % 4), altchars=b"-_"))
        except (binascii.Error, ValueError):
            pass
    if m := PLAINHEX.search(text):
        return "hex", _bytes_to_text(bytes.fromhex(m.group(0)))
    return None, None


def main():
    args = sys.argv[1:]
    limit = int(args[args.index("--max-layers") + 1]) if "--max-layers" in args else 6
    src = args[0] if args else "-"
    text = sys.stdin.read() if src == "-" else open(src, encoding="utf-8", errors="replace").read()
    for layer in range(1, limit + 1):
        how, nxt = peel(text)
        if how is None or nxt == text:
            break
        print(f"==== layer {layer}: {how} (text only, not executed) ====")
        print(nxt)
        text = nxt
    else:
        print(f"stopped after {limit} layers")


if __name__ == "__main__":
    main()
