#!/usr/bin/env python3
"""Check package names against PyPI metadata before installing them."""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import urllib.error
import urllib.request
from datetime import datetime, timezone

POPULAR = {
    "requests", "numpy", "pandas", "django", "flask", "fastapi", "pydantic", "boto3",
    "matplotlib", "scipy", "beautifulsoup4", "pyyaml", "pillow", "sqlalchemy", "pytest",
    "urllib3", "cryptography", "httpx", "scikit-learn", "selenium", "openpyxl",
}


def distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def metadata(name: str) -> dict | None:
    try:
        with urllib.request.urlopen(f"https://pypi.org/pypi/{name}/json", timeout=15) as resp:
            return json.load(resp)
    except urllib.error.HTTPError as exc:
        if exc.code == 404:
            return None
        raise


def assess(name: str) -> list[str]:
    flags = []
    close = [p for p in POPULAR if p != name.lower() and distance(name.lower(), p) <= 2]
    if close:
        flags.append(f"looks like {', '.join(close)}")
    data = metadata(name)
    if data is None:
        return flags + ["not on PyPI"]
    releases = {v: files for v, files in data["releases"].items() if files}
    if len(releases) <= 1:
        flags.append("only one release")
    uploads = [f["upload_time_iso_8601"] for files in releases.values() for f in files]
    if uploads:
        first = datetime.fromisoformat(min(uploads).replace("Z", "+00:00"))
        age = (datetime.now(timezone.utc) - first).days
        if age < 30:
            flags.append(f"first release {age} days ago")
    return flags


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("names", nargs="*")
    parser.add_argument("-r", "--requirements")
    parser.add_argument("--install", action="store_true")
    args = parser.parse_args()

    names = list(args.names)
    if args.requirements:
        with open(args.requirements) as fh:
            names += [l.split("==")[0].split(">=")[0].strip() for l in fh if l.strip() and not l.startswith("#")]
    ok = []
    for name in names:
        flags = assess(name)
        print(f"{'⚠' if flags else '✓'} {name}: {'; '.join(flags) or 'looks fine'}")
        if not flags:
            ok.append(name)
        elif args.install and input(f"  install {name} anyway? [y/N] ").strip().lower() == "y":
            ok.append(name)
    if args.install and ok:
        return subprocess.call([sys.executable, "-m", "pip", "install", *ok])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
