"""Build (and optionally send) a Discord webhook embed."""
import argparse
import json
import os
import urllib.request


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--title", required=True)
    p.add_argument("--url")
    p.add_argument("--description", default="")
    p.add_argument("--field", action="append", default=[])
    p.add_argument("--color", default="5865F2")
    p.add_argument("--send", action="store_true")
    a = p.parse_args()
    embed = {"title": a.title, "description": a.description, "color": int(a.color, 16),
             "fields": [{"name": f.split("=", 1)[0], "value": f.split("=", 1)[1]}
                        for f in a.field]}
    if a.url:
        embed["url"] = a.url
    payload = {"embeds": [embed]}
    print(json.dumps(payload, indent=2, ensure_ascii=False))
    if not a.send:
        return
    hook = os.environ.get("DISCORD_WEBHOOK_URL")
    if not hook:
        raise SystemExit("DISCORD_WEBHOOK_URL not set; not sending")
    req = urllib.request.Request(hook, data=json.dumps(payload).encode(),
                                 headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=10)
    print("sent")


if __name__ == "__main__":
    main()
