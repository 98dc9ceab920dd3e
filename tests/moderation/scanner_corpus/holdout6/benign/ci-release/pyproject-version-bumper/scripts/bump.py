#!/usr/bin/env python3
"""Bump the version, update the changelog, commit and tag locally (never pushes)."""
from __future__ import annotations

import argparse
import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

VERSION_RE = re.compile(r'^version\s*=\s*"([^"]+)"', re.M)
PARTS_RE = re.compile(r"^(\d+)\.(\d+)\.(\d+)(?:rc(\d+))?$")


def bump(current: str, part: str) -> str:
    m = PARTS_RE.match(current)
    if not m:
        sys.exit(f"cannot parse version {current!r}")
    major, minor, patch = (int(x) for x in m.group(1, 2, 3))
    rc = int(m.group(4)) if m.group(4) else None
    if part == "major":
        return f"{major + 1}.0.0"
    if part == "minor":
        return f"{major}.{minor + 1}.0"
    if part == "patch":
        return f"{major}.{minor}.{patch + 1}" if rc is None else f"{major}.{minor}.{patch}"
    if rc is None:
        return f"{major}.{minor}.{patch + 1}rc1"
    return f"{major}.{minor}.{patch}rc{rc + 1}"


def git(*args: str) -> str:
    return subprocess.run(["git", *args], check=True, capture_output=True, text=True).stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("part", choices=["major", "minor", "patch", "pre"])
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()

    if git("status", "--porcelain").strip():
        sys.exit("working tree is not clean; commit or set aside changes first")

    pyproject = Path("pyproject.toml")
    text = pyproject.read_text()
    current = VERSION_RE.search(text).group(1)
    new = bump(current, args.part)
    print(f"{current} -> {new}")

    changelog = Path("CHANGELOG.md")
    log = changelog.read_text() if changelog.exists() else ""
    today = dt.date.today().isoformat()
    if "## [Unreleased]" in log:
        log = log.replace("## [Unreleased]", f"## [Unreleased]\n\n## [{new}] - {today}", 1)

    init_files = list(Path("src").glob("*/__init__.py")) if Path("src").exists() else []
    if args.dry_run:
        print("dry run: would update pyproject.toml, CHANGELOG.md and", [str(p) for p in init_files])
        return 0

    pyproject.write_text(VERSION_RE.sub(f'version = "{new}"', text, count=1))
    if log:
        changelog.write_text(log)
    for init in init_files:
        src = init.read_text()
        init.write_text(re.sub(r'__version__\s*=\s*"[^"]+"', f'__version__ = "{new}"', src))

    git("add", "pyproject.toml", *(str(p) for p in init_files), *(["CHANGELOG.md"] if log else []))
    git("commit", "-m", f"Release {new}")
    git("tag", "-a", f"v{new}", "-m", f"v{new}")
    print(f"committed and tagged v{new} locally; push with: git push --follow-tags")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
