import json
import os
import re
import sys
import urllib.error
import urllib.request
from pathlib import Path

repo, tag = sys.argv[1], sys.argv[2]
token = os.environ["GITHUB_TOKEN"]
version = tag.lstrip("v")
text = Path("CHANGELOG.md").read_text(encoding="utf-8")
m = re.search(rf"^## \[?{re.escape(version)}\]?[^\n]*\n(.*?)(?=^## |\Z)", text, re.M | re.S)
body = m.group(1).strip() if m else ""


def api(method: str, path: str, data: dict | None = None) -> dict:
    req = urllib.request.Request(
        f"https://api.github.com/repos/{repo}{path}",
        method=method,
        data=json.dumps(data).encode() if data is not None else None,
        headers={"Authorization": f"Bearer {token}", "Accept": "application/vnd.github+json",
                 "X-GitHub-Api-Version": "2022-11-28"},
    )
    with urllib.request.urlopen(req, timeout=20) as r:
        return json.load(r)


try:
    rel = api("GET", f"/releases/tags/{tag}")
    api("PATCH", f"/releases/{rel['id']}", {"body": body})
    print("updated", rel["html_url"])
except urllib.error.HTTPError as e:
    if e.code != 404:
        raise
    rel = api("POST", "/releases", {"tag_name": tag, "name": tag, "body": body, "draft": True})
    print("created draft", rel["html_url"])
