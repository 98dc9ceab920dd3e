"""Deploy a folder to Netlify as a zip (https://docs.netlify.com/api/get-started/#zip-file-method)."""
import io
import os
import sys
import time
import zipfile
from pathlib import Path

import requests

API = "https://api.netlify.com/api/v1"


def main(folder: str) -> None:
    token = os.environ.get("NETLIFY_AUTH_TOKEN")
    site = os.environ.get("NETLIFY_SITE_ID")
    if not token or not site:
        sys.exit("NETLIFY_AUTH_TOKEN and NETLIFY_SITE_ID must be set")
    buf = io.BytesIO()
    root = Path(folder)
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for p in root.rglob("*"):
            if p.is_file():
                zf.write(p, p.relative_to(root).as_posix())
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/zip"}
    r = requests.post(f"{API}/sites/{site}/deploys", headers=headers, data=buf.getvalue(), timeout=120)
    r.raise_for_status()
    deploy = r.json()
    while deploy["state"] not in ("ready", "error"):
        time.sleep(3)
        deploy = requests.get(f"{API}/deploys/{deploy['id']}", headers={"Authorization": f"Bearer {token}"}, timeout=30).json()
    print(deploy["state"], deploy.get("ssl_url") or deploy.get("url"))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "dist")
