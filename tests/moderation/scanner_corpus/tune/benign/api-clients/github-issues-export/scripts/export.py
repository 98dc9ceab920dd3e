import csv
import os
import sys

import httpx

repo, out = sys.argv[1], sys.argv[2]
headers = {"Authorization": f"Bearer {os.environ['GITHUB_TOKEN']}", "Accept": "application/vnd.github+json"}
rows, url = [], f"https://api.github.com/repos/{repo}/issues?state=all&per_page=100"
while url:
    r = httpx.get(url, headers=headers, timeout=30)
    r.raise_for_status()
    rows += [(i["number"], i["title"], i["state"]) for i in r.json() if "pull_request" not in i]
    url = r.links.get("next", {}).get("url")
with open(out, "w", newline="") as fh:
    csv.writer(fh).writerows([("number", "title", "state"), *rows])
