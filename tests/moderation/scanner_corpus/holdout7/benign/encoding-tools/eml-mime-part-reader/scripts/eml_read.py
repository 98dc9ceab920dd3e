"""Print headers, decoded text and links of an .eml; hash attachments."""
import argparse
import hashlib
import html
import re
from email import policy
from email.parser import BytesParser
from pathlib import Path

LINK = re.compile(r"https?://[^\s\"'<>]+")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("eml", type=Path)
    ap.add_argument("--save-attachments", type=Path)
    args = ap.parse_args()
    msg = BytesParser(policy=policy.default).parse(args.eml.open("rb"))
    for h in ("From", "Reply-To", "Return-Path", "To", "Subject", "Date", "Authentication-Results"):
        if msg[h]:
            print(f"{h}: {msg[h]}")
    for r in msg.get_all("Received", []):
        print("Received:", " ".join(str(r).split())[:160])
    body = msg.get_body(preferencelist=("plain", "html"))
    text = body.get_content() if body else ""
    if body and body.get_content_type() == "text/html":
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    print("\n--- body ---\n" + re.sub(r"\n\s*\n+", "\n\n", text).strip()[:5000])
    print("\n--- links ---")
    for url in sorted(set(LINK.findall(text))):
        print(url.replace("http", "hxxp", 1))
    print("\n--- attachments ---")
    for part in msg.iter_attachments():
        data = part.get_payload(decode=True) or b""
        print(f"{part.get_filename()}  {part.get_content_type()}  {len(data)} bytes  sha256={hashlib.sha256(data).hexdigest()}")
        if args.save_attachments:
            args.save_attachments.mkdir(parents=True, exist_ok=True)
            (args.save_attachments / (Path(part.get_filename() or "part").name + ".bin")).write_bytes(data)


if __name__ == "__main__":
    main()
