import os
import sys

import httpx

version, notes = sys.argv[1], sys.argv[2]
url = os.environ["DISCORD_WEBHOOK_URL"]
r = httpx.post(url, json={"content": f"**{version}** is out!\n{notes}"}, timeout=10)
r.raise_for_status()
print("announced")
