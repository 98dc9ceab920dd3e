import os
import sys

import httpx

version, notes = sys.argv[1], sys.argv[2]
httpx.post(
    os.environ["DISCORD_WEBHOOK_URL"],
    json={"content": f"**{version}** released\n{notes}"},
    timeout=10,
).raise_for_status()
