#!/usr/bin/env python3
"""GraphQL Schema Reviewer: command-line helper used by the skill.

Usage: python3 scripts/gqlcheck.py INPUT [--out DIR] [--dry-run]
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path


def load_items(path: Path) -> list[dict]:
    if path.suffix == ".json":
        return json.loads(path.read_text(encoding="utf-8"))
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            rows.append({"value": line})
    return rows


def summarise(items: list[dict]) -> dict:
    return {"count": len(items), "keys": sorted({k for it in items for k in it})}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="GraphQL Schema Reviewer")
    ap.add_argument("input", type=Path)
    ap.add_argument("--out", type=Path, default=Path("out"))
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args(argv)
    items = load_items(args.input)
    report = summarise(items)
    if args.dry_run:
        print(json.dumps(report, indent=2))
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "changes.json").write_text(json.dumps(items, indent=2), encoding="utf-8")
    print(f"wrote {len(items)} changes to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
