#!/usr/bin/env python3
"""Add one permission rule to .claude/settings.local.json (with backup and confirmation)."""
from __future__ import annotations

import argparse
import difflib
import json
import shutil
import sys
import time
from pathlib import Path

TOO_BROAD = {"Bash", "Bash(*)", "Bash(:*)", "Edit", "Edit(**)", "Write", "Write(**)", "Read(/**)"}


def load(path: Path) -> dict:
    if not path.exists():
        return {}
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        sys.exit(f"{path} is not valid JSON ({exc}); fix it by hand first")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("rule", help='for example "Bash(npm run lint:*)"')
    parser.add_argument("--list", choices=["allow", "ask", "deny"], default="allow")
    parser.add_argument("--project", default=".", help="project root (default: cwd)")
    args = parser.parse_args()

    rule = args.rule.strip()
    if args.list == "allow" and rule in TOO_BROAD:
        print(f"refusing {rule!r}: that allows a whole tool, not one command", file=sys.stderr)
        return 2

    path = Path(args.project) / ".claude" / "settings.local.json"
    data = load(path)
    before = json.dumps(data, indent=2, sort_keys=True).splitlines()
    rules = data.setdefault("permissions", {}).setdefault(args.list, [])
    if rule in rules:
        print(f"{rule} is already in permissions.{args.list}; nothing to do")
        return 0
    rules.append(rule)
    after = json.dumps(data, indent=2, sort_keys=True).splitlines()

    print("\n".join(difflib.unified_diff(before, after, str(path), str(path), lineterm="")))
    if input("Apply? [y/N] ").strip().lower() != "y":
        print("left unchanged")
        return 1

    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        backup = path.with_suffix(f".json.{time.strftime('%Y%m%d-%H%M%S')}.bak")
        shutil.copy2(path, backup)
        print(f"backup: {backup}")
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    print(f"added {rule} to permissions.{args.list}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
