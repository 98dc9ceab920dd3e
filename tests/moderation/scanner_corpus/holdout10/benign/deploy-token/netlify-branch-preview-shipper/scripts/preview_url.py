"""Print the preview URL and deploy id from the CLI's JSON output."""
import json
import sys

with open(sys.argv[1], encoding="utf-8") as fh:
    data = json.load(fh)
print("preview:", data.get("deploy_url", "(missing)"))
print("deploy id:", data.get("deploy_id", "(missing)"))
print("logs:", data.get("logs", "(none)"))
