import argparse
import mmap
import struct
from pathlib import Path

import yaml

MAGIC = {b"\x89PNG": "PNG", b"PK\x03\x04": "ZIP", b"\x7fELF": "ELF", b"MZ": "PE/DOS", b"\x1f\x8b": "gzip",
         b"SQLite format 3": "SQLite", b"%PDF": "PDF", b"\x00asm": "WASM", b"\xcf\xfa\xed\xfe": "Mach-O 64"}

def kind(head: bytes) -> str:
    return next((v for k, v in MAGIC.items() if head.startswith(k)), "unknown")

def dump(data, start: int, length: int) -> None:
    print(f"format: {kind(bytes(data[:16]))}")
    for off in range(start, min(start + length, len(data)), 16):
        row = bytes(data[off:off + 16])
        hx = " ".join(f"{b:02x}" for b in row)
        asc = "".join(chr(b) if 32 <= b < 127 else "." for b in row)
        print(f"{off:08x}  {hx:<47}  {asc}")

def overlay(data, spec: list) -> None:
    for f in spec:
        raw = bytes(data[f["offset"]:f["offset"] + f["size"]])
        t = f.get("type")
        val = struct.unpack(">I", raw)[0] if t == "u32be" else raw.decode("ascii", "replace") if t == "ascii" else raw.hex()
        print(f"{f['name']:<12} @{f['offset']:#06x} = {val}")

ap = argparse.ArgumentParser()
ap.add_argument("cmd", choices=["dump", "overlay", "diff", "unhex"])
ap.add_argument("a")
ap.add_argument("b", nargs="?")
ap.add_argument("--from", dest="start", type=lambda s: int(s, 0), default=0)
ap.add_argument("--len", type=lambda s: int(s, 0), default=256)
ap.add_argument("-o", "--out", type=Path)
x = ap.parse_args()
if x.cmd == "unhex":
    x.out.write_bytes(bytes.fromhex(x.a))
    print(f"wrote {len(bytes.fromhex(x.a))} bytes to {x.out}")
else:
    with open(x.a, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as m:
        if x.cmd == "dump":
            dump(m, x.start, x.len)
        elif x.cmd == "overlay":
            overlay(m, yaml.safe_load(Path(x.b).read_text()))
        else:
            other = Path(x.b).read_bytes()
            for i in range(min(len(m), len(other))):
                if m[i] != other[i]:
                    print(f"{i:08x}: {m[i]:02x} -> {other[i]:02x}")
