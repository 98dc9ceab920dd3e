import csv
import os
import sys
from datetime import datetime

import requests

def load_roster(path):
    with open(path, newline="") as fh:
        return [row for row in csv.DictReader(fh) if row.get("status", "").lower() == "in"]

def build_embed(roster):
    tanks = [r["name"] for r in roster if r["role"] == "tank"]
    heals = [r["name"] for r in roster if r["role"] == "healer"]
    dps = [r["name"] for r in roster if r["role"] == "dps"]
    return {
        "title": "Raid tonight 20:00 server time",
        "color": 0x8E44AD,
        "fields": [
            {"name": f"Tanks ({len(tanks)})", "value": ", ".join(tanks) or "-", "inline": True},
            {"name": f"Healers ({len(heals)})", "value": ", ".join(heals) or "-", "inline": True},
            {"name": f"DPS ({len(dps)})", "value": ", ".join(dps) or "-", "inline": False},
        ],
        "footer": {"text": f"Posted {datetime.now():%a %d %b}"},
    }

def main():
    url = os.environ["DISCORD_WEBHOOK_URL"]
    roster = load_roster(sys.argv[1])
    resp = requests.post(url, json={"username": "Raid Bot", "embeds": [build_embed(roster)]}, timeout=10)
    resp.raise_for_status()
    print(f"posted roster of {len(roster)}")

if __name__ == "__main__":
    main()
