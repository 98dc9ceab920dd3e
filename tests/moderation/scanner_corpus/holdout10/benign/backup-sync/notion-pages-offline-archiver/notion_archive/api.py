"""Thin read-only client for the official Notion API."""
import os
import time

import requests

API = "https://api.notion.com/v1"


class Notion:
    def __init__(self):
        token = os.environ.get("NOTION_TOKEN")
        if not token:
            raise SystemExit("export NOTION_TOKEN (your internal integration's secret)")
        self.s = requests.Session()
        self.s.headers.update({"Authorization": f"Bearer {token}", "Notion-Version": "2022-06-28"})

    def _req(self, method, path, **kw):
        while True:
            r = self.s.request(method, API + path, timeout=30, **kw)
            if r.status_code == 429:
                time.sleep(float(r.headers.get("Retry-After", "1")))
                continue
            r.raise_for_status()
            time.sleep(0.35)
            return r.json()

    def pages(self):
        cursor = None
        while True:
            body = {"filter": {"property": "object", "value": "page"}, "page_size": 100}
            if cursor:
                body["start_cursor"] = cursor
            data = self._req("POST", "/search", json=body)
            yield from data["results"]
            if not data.get("has_more"):
                return
            cursor = data["next_cursor"]

    def blocks(self, block_id):
        cursor = None
        while True:
            params = {"page_size": 100, **({"start_cursor": cursor} if cursor else {})}
            data = self._req("GET", f"/blocks/{block_id}/children", params=params)
            yield from data["results"]
            if not data.get("has_more"):
                return
            cursor = data["next_cursor"]
