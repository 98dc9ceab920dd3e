import argparse
import datetime as dt
import json
import os
import re
import shutil
import time
from pathlib import Path

import requests

API = "https://api.notion.com/v1"
HDR = {"Authorization": f"Bearer {os.environ['NOTION_TOKEN']}", "Notion-Version": "2022-06-28"}

def call(method, path, **kw):
    while True:
        r = requests.request(method, API + path, headers=HDR, timeout=30, **kw)
        if r.status_code == 429:
            time.sleep(float(r.headers.get("Retry-After", "1")))
            continue
        r.raise_for_status()
        return r.json()

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--keep", type=int, default=0)
    a = ap.parse_args()
    day = a.out / dt.date.today().isoformat()
    day.mkdir(parents=True, exist_ok=True)
    pages = call("POST", "/search", json={"filter": {"property": "object", "value": "page"}})["results"]
    manifest = []
    for p in pages:
        title = "".join(t["plain_text"] for t in p["properties"].get("title", {}).get("title", [])) or p["id"]
        blocks = call("GET", f"/blocks/{p['id']}/children")["results"]
        text = "\n\n".join(b[b["type"]].get("rich_text", [{}])[0].get("plain_text", "") for b in blocks if b[b["type"]].get("rich_text"))
        (day / f"{re.sub(r'[^\w -]', '_', title)}.md").write_text(f"# {title}\n\n{text}\n")
        manifest.append({"id": p["id"], "title": title, "edited": p["last_edited_time"]})
    (day / "manifest.json").write_text(json.dumps(manifest, indent=2))
    if a.keep:
        dated = sorted(d for d in a.out.iterdir() if re.fullmatch(r"\d{4}-\d{2}-\d{2}", d.name))
        for old in dated[: -a.keep]:
            print(f"removing old archive {old}")
            shutil.rmtree(old)

main()
