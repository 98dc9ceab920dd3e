"""Schema-less protobuf wire-format decoder (read-only)."""
import argparse
import base64
import struct


def varint(buf, i):
    shift = result = 0
    while True:
        b = buf[i]
        result |= (b & 0x7F) << shift
        i += 1
        if not b & 0x80:
            return result, i
        shift += 7


def decode(buf, depth=0, strict=False):
    i, out = 0, []
    pad = "  " * depth
    while i < len(buf):
        key, i = varint(buf, i)
        field, wt = key >> 3, key & 7
        if field == 0:
            raise ValueError("field 0")
        if wt == 0:
            v, i = varint(buf, i)
            zz = (v >> 1) ^ -(v & 1)
            out.append(f"{pad}{field}: varint {v}" + (f" (zigzag {zz})" if zz != v else ""))
        elif wt == 1:
            raw = buf[i:i + 8]; i += 8
            out.append(f"{pad}{field}: fixed64 {struct.unpack('<Q', raw)[0]} / double {struct.unpack('<d', raw)[0]:g}")
        elif wt == 5:
            raw = buf[i:i + 4]; i += 4
            out.append(f"{pad}{field}: fixed32 {struct.unpack('<I', raw)[0]} / float {struct.unpack('<f', raw)[0]:g}")
        elif wt == 2:
            n, i = varint(buf, i)
            chunk = buf[i:i + n]; i += n
            try:
                text = chunk.decode("utf-8")
                if text.isprintable():
                    out.append(f'{pad}{field}: bytes({n}) "{text}"')
                    continue
            except UnicodeDecodeError:
                pass
            try:
                nested = decode(chunk, depth + 1, strict=True)
                out.append(f"{pad}{field}: message? {{")
                out += nested
                out.append(f"{pad}}}")
            except (ValueError, IndexError, struct.error):
                out.append(f"{pad}{field}: bytes({n}) {chunk.hex(' ')}")
        elif wt in (3, 4):
            out.append(f"{pad}{field}: group marker (deprecated, not decoded)")
        else:
            if strict:
                raise ValueError(f"wire type {wt}")
            out.append(f"{pad}{field}: unknown wire type {wt}; stopping")
            break
    return out


def main():
    ap = argparse.ArgumentParser()
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--hex")
    g.add_argument("--b64")
    g.add_argument("--file")
    ap.add_argument("--grpc-frame", action="store_true")
    a = ap.parse_args()
    buf = bytes.fromhex(a.hex) if a.hex else base64.b64decode(a.b64) if a.b64 else open(a.file, "rb").read()
    if a.grpc_frame:
        buf = buf[5:]
    print("\n".join(decode(buf)))


if __name__ == "__main__":
    main()
