import base64
import binascii
import string
import sys


def candidates(s: str):
    s = s.strip()
    if all(c in string.hexdigits for c in s) and len(s) % 2 == 0:
        yield "hex", bytes.fromhex(s)
    padded = s + "=" * (-len(s) % 4)
    for name, fn in (("base64", base64.b64decode), ("base64url", base64.urlsafe_b64decode)):
        try:
            yield name, fn(padded)
        except (binascii.Error, ValueError):
            pass


def hexdump(data: bytes) -> str:
    rows = []
    for i in range(0, len(data), 16):
        chunk = data[i : i + 16]
        ascii_ = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        rows.append(f"{i:08x}  {chunk.hex(' '):<47}  {ascii_}")
    return "\n".join(rows)


def main() -> None:
    value = sys.argv[1] if len(sys.argv) > 1 else sys.stdin.read()
    for name, data in candidates(value):
        print(f"--- as {name} ({len(data)} bytes)")
        try:
            print(data.decode("utf-8"))
        except UnicodeDecodeError:
            print(hexdump(data))


if __name__ == "__main__":
    main()
