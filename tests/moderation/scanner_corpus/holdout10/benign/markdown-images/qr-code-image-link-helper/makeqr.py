"""Generate QR codes locally (offline) as PNG or SVG, including Wi-Fi guest codes."""
import argparse
import getpass

import qrcode
import qrcode.image.svg


def wifi_payload(ssid, password, security="WPA"):
    esc = lambda s: "".join("\\" + c if c in r'\;,:"' else c for c in s)
    return f"WIFI:T:{security};S:{esc(ssid)};P:{esc(password)};;"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("text", nargs="?")
    ap.add_argument("-o", "--out", default="qr.png")
    ap.add_argument("--wifi")
    ap.add_argument("--password-prompt", action="store_true")
    ap.add_argument("--level", default="M", choices=list("LMQH"))
    a = ap.parse_args()
    if a.wifi:
        password = getpass.getpass("Wi-Fi password (not shown): ") if a.password_prompt else ""
        data = wifi_payload(a.wifi, password)
    else:
        data = a.text
    if len(data) > 100:
        print("note: long content makes a dense code; consider a short link")
    level = getattr(qrcode.constants, f"ERROR_CORRECT_{a.level}")
    qr = qrcode.QRCode(error_correction=level, box_size=10, border=4)
    qr.add_data(data)
    qr.make(fit=True)
    if a.out.endswith(".svg"):
        qr.make_image(image_factory=qrcode.image.svg.SvgPathImage).save(a.out)
    else:
        qr.make_image(fill_color="black", back_color="white").save(a.out)
    print(f"wrote {a.out} (version {qr.version}, level {a.level})")


if __name__ == "__main__":
    main()
