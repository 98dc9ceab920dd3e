import os
import sys
import time

from slack_sdk import WebClient

client = WebClient(token=os.environ["SLACK_BOT_TOKEN"])
resp = client.conversations_history(channel=sys.argv[1], oldest=str(time.time() - 86400))
for m in reversed(resp["messages"]):
    print(m.get("user", "?"), ":", m.get("text", "")[:300])
