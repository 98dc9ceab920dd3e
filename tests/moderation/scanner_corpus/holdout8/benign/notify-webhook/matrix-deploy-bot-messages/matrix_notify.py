import argparse
import json
import os
import sys
import time
import urllib.request

HS = os.environ.get("MATRIX_HOMESERVER", "https://chat.orchard.test")
TOKEN = os.environ["MATRIX_TOKEN"]
ROOM = os.environ["MATRIX_ROOM"]
ICON = {"start": "🚀", "ok": "✅", "fail": "❌"}

def send(kind: str, text: str, thread: str | None) -> str:
    content = {"msgtype": "m.text", "body": f"{ICON[kind]} {text}",
               "format": "org.matrix.custom.html", "formatted_body": f"{ICON[kind]} <b>{text}</b>"}
    if thread:
        content["m.relates_to"] = {"rel_type": "m.thread", "event_id": thread}
    txn = str(int(time.time() * 1000))
    req = urllib.request.Request(f"{HS}/_matrix/client/v3/rooms/{ROOM}/send/m.room.message/{txn}",
                                 data=json.dumps(content).encode(), method="PUT",
                                 headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=15) as r:
        return json.load(r)["event_id"]

ap = argparse.ArgumentParser()
ap.add_argument("kind", choices=ICON)
ap.add_argument("text")
ap.add_argument("--thread")
a = ap.parse_args()
print(send(a.kind, a.text, a.thread))
sys.exit(0)
