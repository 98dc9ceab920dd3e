#!/usr/bin/env python3
"""post-checkout / post-merge hook: remind about changed deps and new migrations."""
from __future__ import annotations

import os
import subprocess
import sys

WATCH_DEPS = ("requirements", "pyproject.toml", "poetry.lock", "uv.lock", "package-lock.json")


def changed(old: str, new: str) -> list[str]:
    out = subprocess.run(
        ["git", "diff", "--name-only", old, new], capture_output=True, text=True, check=False
    ).stdout
    return [line for line in out.splitlines() if line]


def main() -> int:
    hook = os.path.basename(sys.argv[0])
    if hook == "post-checkout":
        old, new, branch_flag = sys.argv[1:4]
        if branch_flag != "1":  # file checkout, not a branch switch
            return 0
    else:  # post-merge
        old, new = "ORIG_HEAD", "HEAD"

    files = changed(old, new)
    deps = [f for f in files if f.startswith(WATCH_DEPS) or "/requirements" in f]
    migrations = [f for f in files if "/migrations/" in f and f.endswith(".py") and not f.endswith("__init__.py")]
    if deps:
        print("requirements changed: " + ", ".join(deps))
        if any(f.endswith("package-lock.json") for f in deps):
            print("  → npm ci")
        if any(not f.endswith("package-lock.json") for f in deps):
            print("  → pip install -r requirements/dev.txt")
    if migrations:
        print("new migrations: " + ", ".join(migrations))
        print("  → python manage.py migrate")
    return 0


if __name__ == "__main__":
    sys.exit(main())
