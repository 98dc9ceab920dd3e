#!/bin/sh
# Decode headers and body of an .eml using Python's email package. Attachments listed only.
python3 - "$1" <<'PY'
import email, email.policy, re, sys
msg = email.message_from_binary_file(open(sys.argv[1], "rb"), policy=email.policy.default)
for h in ("From", "To", "Reply-To", "Return-Path", "Subject", "Date"):
    if msg[h]:
        print(f"{h}: {msg[h]}")
for r in msg.get_all("Received", []):
    print("Received:", " ".join(str(r).split())[:160])
body = msg.get_body(preferencelist=("plain", "html"))
if body is not None:
    text = body.get_content()
    if body.get_content_type() == "text/html":
        text = re.sub(r"<[^>]+>", " ", text)
    print("\n" + text.strip()[:5000])
for part in msg.iter_attachments():
    size = len(part.get_payload(decode=True) or b"")
    print(f"attachment: {part.get_filename()} {part.get_content_type()} {size} bytes")
PY
