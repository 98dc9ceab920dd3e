"""Minimal Read the Docs API v3 client. Sends the token only to readthedocs.org."""
import os
import time

import requests

BASE = "https://readthedocs.org/api/v3"


class RTD:
    def __init__(self, token=None):
        token = token or os.environ.get("RTD_TOKEN")
        if not token:
            raise SystemExit("export RTD_TOKEN first (readthedocs.org -> Settings -> API Tokens)")
        self.s = requests.Session()
        self.s.headers["Authorization"] = f"Token {token}"

    def _get(self, path, **params):
        r = self.s.get(f"{BASE}{path}", params=params, timeout=30)
        if r.status_code == 429:
            time.sleep(int(r.headers.get("Retry-After", "10")))
            return self._get(path, **params)
        r.raise_for_status()
        return r.json()

    def versions(self, project):
        return self._get(f"/projects/{project}/versions/", active="true")["results"]

    def trigger(self, project, version):
        r = self.s.post(f"{BASE}/projects/{project}/versions/{version}/builds/", timeout=30)
        r.raise_for_status()
        return r.json()["build"]["id"]

    def wait(self, project, build_id, every=15):
        while True:
            b = self._get(f"/projects/{project}/builds/{build_id}/")
            if b["state"]["code"] == "finished":
                return b
            time.sleep(every)

    def warnings(self, build):
        lines = []
        for cmd in build.get("commands", []):
            lines += [ln for ln in cmd.get("output", "").splitlines() if "WARNING" in ln or "ERROR" in ln]
        return lines
