import argparse
import json
import re
from pathlib import Path

from .api import Notion
from .render import to_markdown

ap = argparse.ArgumentParser()
ap.add_argument("--out", type=Path, required=True)
a = ap.parse_args()
a.out.mkdir(parents=True, exist_ok=True)
state_file = a.out / ".state.json"
state = json.loads(state_file.read_text()) if state_file.exists() else {}
n = Notion()
for page in n.pages():
    if state.get(page["id"]) == page["last_edited_time"]:
        continue
    title = "".join(t["plain_text"] for p in page["properties"].values() if p["type"] == "title" for t in p["title"]) or "untitled"
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60]
    body = to_markdown(n.blocks(page["id"]))
    head = f"---\nid: {page['id']}\ntitle: {title!r}\nlast_edited: {page['last_edited_time']}\nurl: {page['url']}\n---\n\n"
    (a.out / f"{slug}-{page['id'][:8]}.md").write_text(head + body, encoding="utf-8")
    state[page["id"]] = page["last_edited_time"]
    print("saved", title)
state_file.write_text(json.dumps(state, indent=1))
