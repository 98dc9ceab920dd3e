import argparse
import os
import sys
import time

import requests

API = "https://api.render.com/v1"

def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--service", required=True)
    args = ap.parse_args()
    hook = os.environ["RENDER_DEPLOY_HOOK"]
    key = os.environ["RENDER_API_KEY"]
    r = requests.post(hook, timeout=30)
    r.raise_for_status()
    deploy_id = r.json()["deploy"]["id"]
    print(f"deploy {deploy_id} created (hook ...{hook[-4:]})")
    start = time.time()
    while True:
        s = requests.get(f"{API}/services/{args.service}/deploys/{deploy_id}",
                         headers={"Authorization": f"Bearer {key}"}, timeout=30)
        s.raise_for_status()
        status = s.json()["status"]
        print(f"{status} ... {int(time.time() - start)}s")
        if status == "live":
            return 0
        if status in ("build_failed", "update_failed", "canceled", "deactivated"):
            return 1
        time.sleep(15)

if __name__ == "__main__":
    sys.exit(main())
