import argparse
import base64
import hashlib
import sys
import tempfile
from pathlib import Path

CHUNK = 3 * 64 * 1024
ENC = {"std": base64.b64encode, "url": base64.urlsafe_b64encode, "b32": base64.b32encode}
DEC = {"std": base64.b64decode, "url": base64.urlsafe_b64decode, "b32": base64.b32decode}

def encode(src: Path, dst, alphabet: str, wrap: int, pad: bool) -> None:
    col = 0
    with src.open("rb") as f:
        while chunk := f.read(CHUNK if alphabet != "b32" else 5 * 64 * 1024):
            out = ENC[alphabet](chunk)
            if not pad:
                out = out.rstrip(b"=")
            for i in range(len(out)):
                dst.write(out[i:i + 1])
                col += 1
                if wrap and col == wrap:
                    dst.write(b"\n")
                    col = 0

def decode(src: Path, dst: Path, alphabet: str) -> None:
    data = b"".join(src.read_bytes().split())
    data += b"=" * (-len(data) % (8 if alphabet == "b32" else 4))
    dst.write_bytes(DEC[alphabet](data))
    print(f"wrote {dst} ({dst.stat().st_size} bytes, sha256 {hashlib.sha256(dst.read_bytes()).hexdigest()[:16]}...)")

ap = argparse.ArgumentParser()
ap.add_argument("cmd", choices=["encode", "decode", "roundtrip"])
ap.add_argument("path", type=Path)
ap.add_argument("-o", "--out", type=Path)
ap.add_argument("--alphabet", choices=list(ENC), default="std")
ap.add_argument("--wrap", type=int, default=76)
ap.add_argument("--no-pad", action="store_true")
a = ap.parse_args()
if a.cmd == "encode":
    with (a.out.open("wb") if a.out else sys.stdout.buffer) as out:
        encode(a.path, out, a.alphabet, a.wrap, not a.no_pad)
elif a.cmd == "decode":
    decode(a.path, a.out or a.path.with_suffix(".bin"), a.alphabet)
else:
    with tempfile.TemporaryDirectory() as d:
        enc, dec = Path(d) / "x.b64", Path(d) / "x.bin"
        with enc.open("wb") as out:
            encode(a.path, out, a.alphabet, a.wrap, True)
        decode(enc, dec, a.alphabet)
        same = hashlib.sha256(a.path.read_bytes()).digest() == hashlib.sha256(dec.read_bytes()).digest()
        print("round trip ok" if same else "MISMATCH")
