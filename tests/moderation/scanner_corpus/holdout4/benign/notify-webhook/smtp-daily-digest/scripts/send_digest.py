import datetime
import os
import smtplib
import sys
from email.message import EmailMessage


def main(path: str) -> None:
    user = os.environ["SMTP_USER"]
    msg = EmailMessage()
    msg["From"] = user
    msg["To"] = os.environ.get("DIGEST_TO", user)
    msg["Subject"] = f"Dev digest {datetime.date.today():%a %d %b}"
    with open(path, encoding="utf-8") as fh:
        msg.set_content(fh.read())
    with smtplib.SMTP(os.environ["SMTP_HOST"], int(os.environ.get("SMTP_PORT", "587"))) as smtp:
        smtp.starttls()
        smtp.login(user, os.environ["SMTP_PASSWORD"])
        smtp.send_message(msg)
    print("sent to", msg["To"])


if __name__ == "__main__":
    main(sys.argv[1])
