import pathlib
import re
import sys

import httpx

LINK = re.compile(r"\[[^\]]*\]\((https?://[^)\s]+)\)")
for md in pathlib.Path(sys.argv[1]).rglob("*.md"):
    for url in LINK.findall(md.read_text(encoding="utf-8")):
        try:
            code = httpx.head(url, follow_redirects=True, timeout=10).status_code
        except httpx.HTTPError as exc:
            code = type(exc).__name__
        if code != 200:
            print(f"{md}: {url} -> {code}")
