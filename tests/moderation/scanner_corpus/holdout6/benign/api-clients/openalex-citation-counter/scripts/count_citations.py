#!/usr/bin/env python3
"""Look up citation counts for DOIs and write them to CSV."""
from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import time
import urllib.parse
import urllib.request

BASE = "https://api.scholarindex.example/works/doi:"


def normalise(doi: str) -> str:
    doi = doi.strip()
    for prefix in ("https://doi.org/", "http://doi.org/", "doi:"):
        if doi.lower().startswith(prefix):
            doi = doi[len(prefix):]
    return doi


def fetch(doi: str) -> dict | None:
    params = {}
    if os.environ.get("SCHOLAR_MAILTO"):
        params["mailto"] = os.environ["SCHOLAR_MAILTO"]
    url = BASE + urllib.parse.quote(doi, safe="/") + ("?" + urllib.parse.urlencode(params) if params else "")
    request = urllib.request.Request(url, headers={"User-Agent": "citation-counter/1.0"})
    key = os.environ.get("SCHOLAR_API_KEY")
    if key:
        request.add_header("Authorization", f"Bearer {key}")
    try:
        with urllib.request.urlopen(request, timeout=20) as response:
            return json.load(response)
    except urllib.error.HTTPError as exc:
        if exc.code == 404:
            return None
        raise


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("doi_file")
    parser.add_argument("--out", default="citations.csv")
    parser.add_argument("--delay", type=float, default=0.2, help="seconds between requests")
    args = parser.parse_args()

    with open(args.doi_file, encoding="utf-8") as fh:
        dois = [normalise(line) for line in fh if line.strip()]
    rows, missing = [], []
    for i, doi in enumerate(dois, 1):
        work = fetch(doi)
        if work is None:
            missing.append(doi)
            continue
        rows.append({
            "doi": doi,
            "title": (work.get("title") or "").strip(),
            "year": work.get("publication_year"),
            "cited_by": work.get("cited_by_count", 0),
            "venue": (work.get("host_venue") or {}).get("display_name", ""),
        })
        print(f"[{i}/{len(dois)}] {doi}: {rows[-1]['cited_by']}", file=sys.stderr)
        time.sleep(args.delay)

    rows.sort(key=lambda r: r["cited_by"], reverse=True)
    with open(args.out, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=["doi", "title", "year", "cited_by", "venue"])
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} rows to {args.out}")
    if missing:
        print("not found: " + ", ".join(missing))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
