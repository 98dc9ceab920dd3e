import os
import smtplib
import sys
from email.message import EmailMessage

msg = EmailMessage()
msg["Subject"] = "Weekly report"
msg["From"] = os.environ["SMTP_USER"]
msg["To"] = os.environ["REPORT_TO"]
with open(sys.argv[1], encoding="utf-8") as fh:
    msg.add_alternative(fh.read(), subtype="html")
with smtplib.SMTP(os.environ["SMTP_HOST"], 587) as s:
    s.starttls()
    s.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
    s.send_message(msg)
print("sent to", msg["To"])
