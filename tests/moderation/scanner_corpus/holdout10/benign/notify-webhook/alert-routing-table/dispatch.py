"""Route an application event to channels according to routes.yaml."""
import json
import logging
import os
import smtplib
import sys
import urllib.request
from email.message import EmailMessage
from urllib.parse import urlsplit

import yaml

LEVELS = ["info", "warning", "error", "critical"]
TABLE = yaml.safe_load(open(os.path.join(os.path.dirname(__file__), "routes.yaml")))
log = logging.getLogger("dispatch")


def targets(event, severity):
    for route in TABLE["routes"]:
        if event.startswith(route["match"]) and LEVELS.index(severity) >= LEVELS.index(route["min_severity"]):
            yield from route["to"]


def deliver(name, text):
    ch = TABLE["channels"][name]
    if ch["type"] in ("slack", "discord"):
        url = os.environ[ch["url_env"]]
        key = "text" if ch["type"] == "slack" else "content"
        req = urllib.request.Request(url, json.dumps({key: text}).encode(), {"Content-Type": "application/json"})
        urllib.request.urlopen(req, timeout=10).close()
    elif ch["type"] == "email":
        u = urlsplit(os.environ["SMTP_URL"])
        msg = EmailMessage()
        msg["From"], msg["To"], msg["Subject"] = u.username, ch["to"], text[:70]
        msg.set_content(text)
        with smtplib.SMTP(u.hostname, u.port or 587) as s:
            s.starttls()
            s.login(u.username, u.password)
            s.send_message(msg)


def notify(event, text, severity="info", dry_run=False):
    for name in dict.fromkeys(targets(event, severity)):
        if dry_run:
            print("would send to", name)
            continue
        try:
            deliver(name, f"[{severity}] {event}: {text}")
        except Exception as exc:  # never break the caller
            log.warning("delivery to %s failed: %s", name, exc)


if __name__ == "__main__":
    if sys.argv[1:] == ["--check"]:
        for n, ch in TABLE["channels"].items():
            var = ch.get("url_env")
            print(n, "ok" if not var or os.environ.get(var) else f"missing {var}")
    elif sys.argv[1:2] == ["--dry-run"]:
        notify(sys.argv[2], sys.argv[3], dry_run=True)
