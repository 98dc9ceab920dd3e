import argparse
import json
import os
import time
import urllib.request

API = "https://api.vercel.com"


def call(method, path, body=None):
    token = os.environ["VERCEL_TOKEN"]
    team = os.environ.get("VERCEL_TEAM_ID")
    url = f"{API}{path}" + (f"?teamId={team}" if team else "")
    req = urllib.request.Request(
        url,
        method=method,
        data=json.dumps(body).encode() if body else None,
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
    )
    with urllib.request.urlopen(req, timeout=30) as resp:
        return json.load(resp)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--ref", default="main")
    args = parser.parse_args()
    project = os.environ["VERCEL_PROJECT"]
    dep = call("POST", "/v13/deployments", {
        "name": project,
        "target": "production",
        "gitSource": {"type": "github", "ref": args.ref, "repoId": os.environ.get("VERCEL_REPO_ID")},
    })
    print("created", dep["id"])
    while True:
        state = call("GET", f"/v13/deployments/{dep['id']}")
        if state["readyState"] in ("READY", "ERROR", "CANCELED"):
            break
        time.sleep(5)
    print(state["readyState"], "https://" + state["url"])


if __name__ == "__main__":
    main()
