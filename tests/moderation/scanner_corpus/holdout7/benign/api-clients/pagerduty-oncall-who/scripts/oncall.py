"""Print current on-call users from PagerDuty (read-only)."""
import argparse
import json
import os
import sys
import urllib.parse
import urllib.request

API = "https://api.pagerduty.com"


def get(path: str, params: dict) -> dict:
    token = os.environ.get("PD_API_TOKEN")
    if not token:
        sys.exit("PD_API_TOKEN is not set (create a read-only token in PagerDuty > My Profile)")
    url = f"{API}{path}?{urllib.parse.urlencode(params, doseq=True)}"
    req = urllib.request.Request(url, headers={
        "Authorization": f"Token token={token}",
        "Accept": "application/vnd.pagerduty+json;version=2",
    })
    with urllib.request.urlopen(req, timeout=15) as resp:
        return json.load(resp)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--policy", help="escalation policy name filter")
    args = ap.parse_args()
    data = get("/oncalls", {"earliest": "true", "limit": 100})
    rows = []
    for oc in data["oncalls"]:
        policy = oc["escalation_policy"]["summary"]
        if args.policy and args.policy.lower() not in policy.lower():
            continue
        rows.append((policy, oc["escalation_level"], oc["user"]["summary"], oc.get("end") or "-"))
    for policy, level, user, end in sorted(rows):
        print(f"{policy:30} L{level}  {user:25} until {end}")
    if not rows:
        print("no on-call entries matched")


if __name__ == "__main__":
    main()
