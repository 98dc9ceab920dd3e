import argparse
import hashlib
import os
import smtplib
from email.message import EmailMessage
from pathlib import Path

ap = argparse.ArgumentParser()
ap.add_argument("--subject", required=True)
a = ap.parse_args()
rcpts = [l.strip() for l in Path("recipients.txt").read_text().splitlines() if l.strip()]
digest = hashlib.sha256("\n".join(sorted(rcpts)).encode()).hexdigest()
seen = Path(".recipients.sha256")
if not seen.exists() or seen.read_text() != digest:
    print("recipients changed:", *rcpts, sep="\n  ")
    if input("send to these? [y/N] ").lower() != "y":
        raise SystemExit(1)
    seen.write_text(digest)
msg = EmailMessage()
msg["From"] = os.environ["SMTP_USER"]
msg["To"] = ", ".join(rcpts)
msg["Subject"] = a.subject
msg.set_content("HTML report attached inline.")
msg.add_alternative(Path("out/report.html").read_text(), subtype="html")
with smtplib.SMTP(os.environ["SMTP_HOST"], int(os.environ.get("SMTP_PORT", "587"))) as s:
    s.starttls()
    s.login(os.environ["SMTP_USER"], os.environ["SMTP_APP_PASSWORD"])
    s.send_message(msg)
print(f"sent to {len(rcpts)} recipients")
