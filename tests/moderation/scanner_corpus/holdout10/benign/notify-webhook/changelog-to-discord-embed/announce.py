"""Post a release announcement embed to the project's Discord webhook."""
import argparse
import json
import os
import re
import sys
import urllib.request
from pathlib import Path

ALLOWED = ("https://discord.com/api/webhooks/", "https://discordapp.com/api/webhooks/")


def section(version):
    text = Path("CHANGELOG.md").read_text(encoding="utf-8")
    m = re.search(rf"^## \[{re.escape(version)}\][^\n]*\n(.*?)(?=^## \[|\Z)", text, re.S | re.M)
    if not m:
        sys.exit(f"no CHANGELOG section for {version}")
    return m.group(1).strip()


def embed(version, body, repo):
    bullets = [ln for ln in body.splitlines() if ln.startswith("- ")][:5]
    breaking = [ln for ln in body.splitlines() if "BREAKING" in ln.upper()]
    fields = [{"name": "Breaking changes", "value": "\n".join(breaking)[:1000]}] if breaking else []
    return {
        "username": "Release bot",
        "embeds": [{
            "title": f"{repo} {version} is out",
            "url": f"https://github.com/{repo}/releases/tag/v{version}",
            "description": "\n".join(bullets)[:3500],
            "color": 0x2B8A3E,
            "fields": fields,
        }],
        "allowed_mentions": {"parse": []},
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("version")
    ap.add_argument("--repo", default=os.environ.get("GITHUB_REPOSITORY", "example/project"))
    ap.add_argument("--preview", action="store_true")
    a = ap.parse_args()
    payload = embed(a.version, section(a.version), a.repo)
    print(json.dumps(payload, indent=2))
    if a.preview:
        return
    url = os.environ.get("DISCORD_RELEASE_WEBHOOK", "")
    if not url.startswith(ALLOWED):
        sys.exit("DISCORD_RELEASE_WEBHOOK is missing or not a Discord webhook URL")
    if input("Post this to Discord? [y/N] ").strip().lower() != "y":
        return
    req = urllib.request.Request(url, data=json.dumps(payload).encode(), headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=15) as r:
        print("posted, status", r.status)


if __name__ == "__main__":
    main()
