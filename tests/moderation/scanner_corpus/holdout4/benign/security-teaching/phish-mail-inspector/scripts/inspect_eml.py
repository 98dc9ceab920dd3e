"""Print phishing indicators found in one .eml file. Read-only: no network, no execution."""
import email
import re
import sys
from email import policy
from urllib.parse import urlparse

HREF = re.compile(r'<a[^>]+href="([^"]+)"[^>]*>(.*?)</a>', re.I | re.S)
LOOKALIKE = re.compile(r"(paypa1|micros0ft|g00gle|arnazon|app1e)", re.I)
RISKY_EXT = (".html", ".htm", ".iso", ".js", ".vbs", ".lnk", ".one")


def main(path: str) -> None:
    with open(path, "rb") as fh:
        msg = email.message_from_binary_file(fh, policy=policy.default)
    print(f"From: {msg['From']}\nReply-To: {msg['Reply-To']}\nSubject: {msg['Subject']}")
    if msg["Reply-To"] and msg["Reply-To"] != msg["From"]:
        print("! Reply-To differs from From")
    body = msg.get_body(preferencelist=("html", "plain"))
    text = body.get_content() if body else ""
    for href, label in HREF.findall(text):
        host = urlparse(href).hostname or ""
        shown = re.sub(r"<[^>]+>", "", label).strip()
        if "." in shown and host and host not in shown:
            print(f"! link text '{shown}' points to {host}")
        if LOOKALIKE.search(host):
            print(f"! lookalike domain: {host}")
    for part in msg.iter_attachments():
        name = part.get_filename() or "(unnamed)"
        if name.lower().endswith(RISKY_EXT):
            print(f"! risky attachment type: {name}")


if __name__ == "__main__":
    main(sys.argv[1])
