import argparse

import segno

ap = argparse.ArgumentParser()
ap.add_argument("data")
ap.add_argument("--out", default="qr.svg")
ap.add_argument("--scale", type=int, default=6)
a = ap.parse_args()
if any(k in a.data.lower() for k in ("token=", "invite=", "reset", "password")):
    print("warning: this link looks like it contains a secret; think before publishing it")
qr = segno.make(a.data, error="m")
qr.save(a.out, scale=a.scale, border=4)
print(f"![QR: {a.data}]({a.out})")
