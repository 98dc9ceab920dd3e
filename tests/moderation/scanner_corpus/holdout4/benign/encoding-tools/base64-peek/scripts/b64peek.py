import base64
import binascii
import json
import sys


def decode(s: str) -> bytes:
    s = "".join(s.split())
    s += "=" * (-len(s) % 4)
    alt = b"-_" if ("-" in s or "_" in s) else None
    return base64.b64decode(s, altchars=alt, validate=False)


def hexdump(data: bytes) -> str:
    rows = []
    for off in range(0, min(len(data), 256), 16):
        chunk = data[off:off + 16]
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        rows.append(f"{off:08x}  {chunk.hex(' '):<47}  {text}")
    return "\n".join(rows)


def main() -> None:
    raw = sys.argv[1] if len(sys.argv) > 1 else sys.stdin.read()
    try:
        data = decode(raw)
    except binascii.Error as exc:
        sys.exit(f"not base64: {exc}")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        print(hexdump(data))
        return
    try:
        print(json.dumps(json.loads(text), indent=2))
    except ValueError:
        print(text)


if __name__ == "__main__":
    main()
