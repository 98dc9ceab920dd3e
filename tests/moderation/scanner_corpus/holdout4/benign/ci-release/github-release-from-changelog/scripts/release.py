import mimetypes
import os
import pathlib
import re
import sys

import httpx

API = "https://api.github.com"


def notes_for(tag: str) -> str:
    text = pathlib.Path("CHANGELOG.md").read_text(encoding="utf-8")
    m = re.search(rf"^## \[?{re.escape(tag.lstrip('v'))}\]?.*?$(.*?)(?=^## |\Z)", text, re.M | re.S)
    if not m:
        sys.exit(f"no CHANGELOG section for {tag}")
    return m.group(1).strip()


def main(repo: str, tag: str) -> None:
    headers = {"Authorization": f"Bearer {os.environ['GITHUB_TOKEN']}",
               "Accept": "application/vnd.github+json"}
    with httpx.Client(headers=headers, timeout=60) as gh:
        r = gh.post(f"{API}/repos/{repo}/releases",
                    json={"tag_name": tag, "name": tag, "body": notes_for(tag)})
        r.raise_for_status()
        upload = r.json()["upload_url"].split("{")[0]
        for f in sorted(pathlib.Path("dist").glob("*")):
            ctype = mimetypes.guess_type(f.name)[0] or "application/octet-stream"
            gh.post(upload, params={"name": f.name}, content=f.read_bytes(),
                    headers={"Content-Type": ctype}).raise_for_status()
            print("uploaded", f.name)
        print(r.json()["html_url"])


if __name__ == "__main__":
    main(*sys.argv[1:3])
