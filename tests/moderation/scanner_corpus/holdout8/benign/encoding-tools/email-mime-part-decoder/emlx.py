import argparse
import hashlib
import re
from email import policy
from email.parser import BytesParser
from html.parser import HTMLParser
from pathlib import Path

MAGIC = {b"%PDF": "application/pdf", b"PK\x03\x04": "application/zip", b"MZ": "application/x-dosexec", b"\x89PNG": "image/png"}

class Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.href = [], None
    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.href = dict(attrs).get("href")
    def handle_endtag(self, tag):
        if tag == "a" and self.href:
            self.out.append(f" [{self.href}]")
            self.href = None
    def handle_data(self, data):
        self.out.append(data)

def tree(part, depth=0):
    print("  " * depth + part.get_content_type())
    for p in part.iter_parts():
        tree(p, depth + 1)

ap = argparse.ArgumentParser()
ap.add_argument("eml", type=Path)
ap.add_argument("--html", action="store_true")
ap.add_argument("--attachments", type=Path)
ap.add_argument("--redact", action="store_true")
a = ap.parse_args()
msg = BytesParser(policy=policy.default).parse(a.eml.open("rb"))
for h in ("From", "Reply-To", "To", "Subject", "Date", "Message-ID", "Authentication-Results"):
    if msg[h]:
        print(f"{h}: {msg[h]}")
if msg["Reply-To"] and msg["Reply-To"] != msg["From"]:
    print("NOTE: Reply-To differs from From")
tree(msg)
body = msg.get_body(("html",) if a.html else ("plain", "html"))
text = body.get_content() if body else ""
if body and body.get_content_subtype() == "html":
    p = Text(); p.feed(text); text = "".join(p.out)
if a.redact:
    text = re.sub(r"[\w.+-]+@[\w-]+\.[\w.]+", "<email>", text)
print("\n" + text)
if a.attachments:
    a.attachments.mkdir(parents=True, exist_ok=True)
    for i, att in enumerate(msg.iter_attachments(), 1):
        data = att.get_content() if isinstance(att.get_content(), bytes) else att.get_content().encode()
        name = re.sub(r"[^\w.-]", "_", att.get_filename() or "unnamed")
        dest = a.attachments / f"{i:03d}-{name}.bin"
        dest.write_bytes(data)
        detected = next((v for k, v in MAGIC.items() if data.startswith(k)), "unknown")
        flag = "" if detected in (att.get_content_type(), "unknown") else "  TYPE MISMATCH"
        print(f"saved {dest} {att.get_content_type()} detected={detected} sha256={hashlib.sha256(data).hexdigest()}{flag}")
