"""Find exact duplicates by hash, report them, and move extras to a review folder on request."""
import argparse
import csv
import hashlib
import re
import shutil
from collections import defaultdict
from pathlib import Path

EXT = {".jpg", ".jpeg", ".png", ".heic", ".gif", ".mp4", ".mov", ".webp", ".dng"}
SUFFIX = re.compile(r"( \(\d+\)|-copy|_\d)$", re.I)


def sha256(p):
    h = hashlib.sha256()
    with p.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def rank(p, prefer):
    return (0 if prefer and str(p).startswith(str(prefer)) else 1, 1 if SUFFIX.search(p.stem) else 0, p.stat().st_mtime)


def scan(root, report, prefer):
    by_size = defaultdict(list)
    for p in Path(root).rglob("*"):
        if p.suffix.lower() in EXT and p.is_file() and "_duplicates-to-review" not in p.parts:
            by_size[p.stat().st_size].append(p)
    groups = defaultdict(list)
    for same in (v for v in by_size.values() if len(v) > 1):
        for p in same:
            groups[sha256(p)].append(p)
    rows, extra_bytes, gid = [], 0, 0
    for paths in (g for g in groups.values() if len(g) > 1):
        gid += 1
        paths.sort(key=lambda p: rank(p, prefer))
        for i, p in enumerate(paths):
            rows.append([gid, str(p), p.stat().st_size, int(p.stat().st_mtime), "keep" if i == 0 else "extra"])
            extra_bytes += p.stat().st_size if i else 0
    with open(report, "w", newline="") as fh:
        csv.writer(fh).writerows([["group", "path", "size", "mtime", "action"], *rows])
    print(f"{gid} duplicate groups; extras use {extra_bytes / 1e9:.2f} GB; report: {report}")


def apply(report, dest):
    rows = [r for r in csv.DictReader(open(report)) if r["action"] == "extra"]
    total = sum(int(r["size"]) for r in rows)
    if input(f"Move {len(rows)} extra copies ({total / 1e9:.2f} GB) to {dest}? [y/N] ").strip() != "y":
        return
    for r in rows:
        src = Path(r["path"])
        target = Path(dest) / src.relative_to(src.anchor)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(src, target)
    print("moved; review the folder, then delete it yourself when sure")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("root", nargs="?")
    ap.add_argument("--report", default="dupes.csv")
    ap.add_argument("--prefer", type=Path)
    ap.add_argument("--apply")
    ap.add_argument("--to", default=str(Path.home() / "Pictures" / "_duplicates-to-review"))
    a = ap.parse_args()
    apply(a.apply, a.to) if a.apply else scan(a.root, a.report, a.prefer)
