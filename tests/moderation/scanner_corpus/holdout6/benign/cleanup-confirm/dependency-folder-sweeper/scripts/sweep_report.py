#!/usr/bin/env python3
"""List rebuildable dependency folders under a projects root, largest first (read-only)."""
import os
import subprocess
import sys
import time
from pathlib import Path

NAMES = {"node_modules", ".venv", "target", ".gradle"}


def size(path: Path) -> int:
    total = 0
    for root, _, files in os.walk(path):
        for f in files:
            try:
                total += os.lstat(os.path.join(root, f)).st_size
            except OSError:
                pass
    return total


def last_activity(project: Path) -> str:
    out = subprocess.run(["git", "-C", str(project), "log", "-1", "--format=%cr"], capture_output=True, text=True)
    return out.stdout.strip() or time.strftime("%Y-%m-%d", time.localtime(project.stat().st_mtime))


root = Path(sys.argv[1] if len(sys.argv) > 1 else "~/code").expanduser()
found = []
for dirpath, dirnames, _ in os.walk(root):
    for d in list(dirnames):
        if d in NAMES:
            p = Path(dirpath) / d
            if d == "target" and not (p.parent / "Cargo.toml").exists():
                continue
            found.append((size(p), p))
            dirnames.remove(d)
for s, p in sorted(found, reverse=True):
    print(f"{s / 1e9:7.2f} GB  {p.name:13} {p.parent}  ({last_activity(p.parent)})")
