import argparse
import json
import os
import urllib.request

COLOURS = {"success": 0x2ECC71, "failure": 0xE74C3C, "cancelled": 0x95A5A6}


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--status", required=True)
    p.add_argument("--branch", required=True)
    p.add_argument("--duration", type=int, default=0)
    p.add_argument("--run-url", default=os.environ.get("RUN_URL", ""))
    a = p.parse_args()
    embed = {
        "title": f"Build {a.status} on {a.branch}",
        "url": a.run_url or None,
        "color": COLOURS.get(a.status, 0x3498DB),
        "fields": [{"name": "Duration", "value": f"{a.duration // 60}m {a.duration % 60}s", "inline": True}],
    }
    body = json.dumps({"username": "CI", "embeds": [embed]}).encode()
    req = urllib.request.Request(os.environ["DISCORD_WEBHOOK_URL"], data=body,
                                 headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=10)


if __name__ == "__main__":
    main()
