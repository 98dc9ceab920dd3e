#!/usr/bin/env python3
"""Make a QR code PNG locally (no external service) for a URL."""
import argparse

import qrcode
from qrcode.constants import ERROR_CORRECT_M

parser = argparse.ArgumentParser(description=__doc__)
parser.add_argument("url")
parser.add_argument("--out", default="rsvp-qr.png")
parser.add_argument("--box", type=int, default=12, help="pixels per module")
args = parser.parse_args()

qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M, box_size=args.box, border=4)
qr.add_data(args.url)
qr.make(fit=True)
qr.make_image(fill_color="black", back_color="white").save(args.out)
print(f"{args.out}: version {qr.version}, {qr.modules_count}x{qr.modules_count} modules")
