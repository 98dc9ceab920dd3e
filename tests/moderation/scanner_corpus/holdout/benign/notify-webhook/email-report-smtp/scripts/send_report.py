import os
import smtplib
import sys
from email.message import EmailMessage

msg = EmailMessage()
msg["Subject"] = "Weekly report"
msg["From"] = os.environ["SMTP_USER"]
msg["To"] = sys.argv[1]
msg.set_content(open("report.md", encoding="utf-8").read())
with smtplib.SMTP(os.environ["SMTP_HOST"], 587) as s:
    s.starttls()
    s.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
    s.send_message(msg)
