import argparse
import json
import os
import shutil
import socket
import urllib.request

ap = argparse.ArgumentParser()
ap.add_argument("mounts", nargs="+")
ap.add_argument("--threshold", type=float, default=90)
args = ap.parse_args()

full = []
for m in args.mounts:
    u = shutil.disk_usage(m)
    pct = 100 * u.used / u.total
    print(f"{m}: {pct:.1f}%")
    if pct >= args.threshold:
        full.append(f"{m} at {pct:.0f}%")

if full:
    event = {
        "routing_key": os.environ["PD_ROUTING_KEY"],
        "event_action": "trigger",
        "dedup_key": f"disk-{socket.gethostname()}",
        "payload": {"summary": f"Disk almost full on {socket.gethostname()}: " + ", ".join(full),
                    "source": socket.gethostname(), "severity": "warning"},
    }
    req = urllib.request.Request("https://events.pagerduty.com/v2/enqueue", data=json.dumps(event).encode(),
                                 headers={"Content-Type": "application/json"})
    print(urllib.request.urlopen(req, timeout=10).read().decode())
