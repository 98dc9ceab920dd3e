import os
import sys

import httpx

repo = sys.argv[1]
headers = {"Accept": "application/vnd.github+json"}
if token := os.environ.get("GITHUB_TOKEN"):
    headers["Authorization"] = f"Bearer {token}"
r = httpx.get(f"https://api.github.com/repos/{repo}/issues", headers=headers,
              params={"state": "open", "per_page": 50}, timeout=20)
r.raise_for_status()
for issue in r.json():
    print(f"#{issue['number']:<6} {issue['title']}")
