import os
import re
import sys
from pathlib import Path

import requests

version = sys.argv[1]
changelog = Path("CHANGELOG.md").read_text(encoding="utf-8")
match = re.search(rf"^## \[?{re.escape(version)}\]?.*?$(.*?)(?=^## |\Z)", changelog, re.M | re.S)
notes = match.group(1).strip() if match else "See the changelog."

print(notes)
if input("Post this to Discord? [y/N] ").strip().lower() != "y":
    sys.exit(0)

resp = requests.post(
    os.environ["DISCORD_WEBHOOK_URL"],
    json={"embeds": [{"title": f"Release {version}", "description": notes[:4000], "color": 0x2ECC71}]},
    timeout=15,
)
resp.raise_for_status()
print("posted")
