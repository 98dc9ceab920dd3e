import argparse
import datetime as dt
import os
import re
import time

import requests
import yaml

API = "https://api.github.com"
S = requests.Session()
S.headers.update({"Authorization": f"Bearer {os.environ['GITHUB_TOKEN']}", "Accept": "application/vnd.github+json"})

def get(url, **params):
    r = S.get(url, params=params, timeout=30)
    r.raise_for_status()
    if int(r.headers.get("X-RateLimit-Remaining", "100")) < 50:
        time.sleep(max(0, int(r.headers["X-RateLimit-Reset"]) - time.time()) + 1)
    return r

def matches(rule, issue):
    text = f"{issue['title']}\n{issue.get('body') or ''}".lower()
    if any(w in text for w in rule.get("any_words", [])):
        return True
    if any(p in text for p in rule.get("any_paths", [])):
        return True
    if rule.get("when") == "no_code_block_and_no_steps":
        return "```" not in text and not re.search(r"steps to reproduce|^1\.", text, re.M)
    return False

ap = argparse.ArgumentParser()
ap.add_argument("--repo", required=True)
ap.add_argument("--since", default="7d")
ap.add_argument("--apply", action="store_true")
a = ap.parse_args()
rules = yaml.safe_load(open("labels.yaml"))
since = (dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=int(a.since.rstrip("d")))).isoformat()
for issue in get(f"{API}/repos/{a.repo}/issues", state="open", since=since, per_page=100).json():
    if "pull_request" in issue:
        continue
    have = {l["name"] for l in issue["labels"]}
    add = [r["label"] for r in rules if matches(r, issue) and r["label"] not in have]
    if add:
        print(f"#{issue['number']:<6} {issue['title'][:60]:<60} + {', '.join(add)}")
        if a.apply:
            S.post(f"{API}/repos/{a.repo}/issues/{issue['number']}/labels", json={"labels": add}, timeout=30).raise_for_status()
