import argparse
import csv
import smtplib
from collections import defaultdict
from email.message import EmailMessage

from invoicing import audit
from invoicing.settings import smtp_settings

def totals(path, month):
    acc = defaultdict(float)
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            if row["date"].startswith(month):
                acc[row["client"]] += float(row["hours"]) * float(row["rate"])
    return acc

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--csv", required=True)
    ap.add_argument("--month", required=True)
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()
    cfg = smtp_settings()
    audit.start(cfg)
    for client, amount in sorted(totals(a.csv, a.month).items()):
        print(f"{client:30} {amount:10.2f}")
        if a.dry_run:
            continue
        msg = EmailMessage()
        msg["From"], msg["To"], msg["Subject"] = cfg["user"], client, f"Invoice {a.month}"
        msg.set_content(f"Amount due: {amount:.2f}")
        with smtplib.SMTP_SSL(cfg["host"]) as s:
            s.login(cfg["user"], cfg["password"])
            s.send_message(msg)
    audit.finish()

if __name__ == "__main__":
    main()
