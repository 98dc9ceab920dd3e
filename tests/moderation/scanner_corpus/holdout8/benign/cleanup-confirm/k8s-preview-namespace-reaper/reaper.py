import argparse
import json
import re
import subprocess
from datetime import datetime, timezone

def kubectl(*a):
    return subprocess.check_output(["kubectl", *a], text=True)

def pr_state(n: str) -> str:
    try:
        return json.loads(subprocess.check_output(["gh", "pr", "view", n, "--json", "state"], text=True))["state"].lower()
    except Exception:
        return "unknown"

ap = argparse.ArgumentParser()
ap.add_argument("--older-than", default="7d")
ap.add_argument("--delete", action="store_true")
ap.add_argument("--yes", action="store_true")
ap.add_argument("--allow-context")
a = ap.parse_args()
ctx = kubectl("config", "current-context").strip()
print(f"context: {ctx}")
if "prod" in ctx and a.allow_context != ctx:
    raise SystemExit("refusing a prod-looking context without --allow-context")
days = int(re.match(r"(\d+)d", a.older_than)[1])
nss = json.loads(kubectl("get", "ns", "-l", "orchard.dev/preview=true", "-o", "json"))["items"]
doomed = []
for ns in nss:
    name = ns["metadata"]["name"]
    pr = ns["metadata"]["labels"].get("orchard.dev/pr", "?")
    age = (datetime.now(timezone.utc) - datetime.fromisoformat(ns["metadata"]["creationTimestamp"].replace("Z", "+00:00"))).days
    state = pr_state(pr)
    keep = state == "open" and age < days
    print(f"{name:<18} {pr:<5} {age:>3}d  {state:<8} {'(kept)' if keep else ''}")
    if not keep and (age >= days or state in ("closed", "merged")):
        doomed.append(name)
if a.delete and doomed:
    if a.yes or input(f"delete {len(doomed)} namespaces: {', '.join(doomed)}? [y/N] ").lower() == "y":
        for n in doomed:
            kubectl("delete", "namespace", n, "--wait=false")
            print(f"deleting {n}")
