"""List and redeploy Vercel deployments with the user's own token."""
import argparse
import os
import sys

import httpx

API = "https://api.vercel.com"


def client():
    token = os.environ.get("VERCEL_TOKEN")
    if not token:
        sys.exit("export VERCEL_TOKEN in your shell first")
    params = {"teamId": os.environ["VERCEL_TEAM_ID"]} if os.environ.get("VERCEL_TEAM_ID") else {}
    return httpx.Client(base_url=API, headers={"Authorization": f"Bearer {token}"}, params=params, timeout=20)


def deployments(c, project, target=None):
    q = {"app": project, "limit": 10}
    if target:
        q["target"] = target
    r = c.get("/v6/deployments", params=q)
    r.raise_for_status()
    return r.json()["deployments"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("action", choices=["list", "redeploy"])
    ap.add_argument("project")
    ap.add_argument("--target", default="production", choices=["production", "preview"])
    a = ap.parse_args()
    with client() as c:
        items = deployments(c, a.project, a.target if a.action == "redeploy" else None)
        if a.action == "list":
            for d in items:
                ref = d.get("meta", {}).get("githubCommitRef", "-")
                print(d["uid"], d.get("target") or "preview", d["state"], ref)
            return
        ready = [d for d in items if d["state"] == "READY"]
        if not ready:
            sys.exit("no READY deployment to redeploy")
        d = ready[0]
        sha = d.get("meta", {}).get("githubCommitSha", "?")[:8]
        if input(f"Redeploy {d['uid']} ({sha}) to {a.target}? [y/N] ").strip() != "y":
            return
        r = c.post("/v13/deployments", json={"name": a.project, "deploymentId": d["uid"], "target": a.target})
        r.raise_for_status()
        print("started:", r.json().get("url"))


if __name__ == "__main__":
    main()
