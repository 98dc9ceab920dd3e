import argparse
import hashlib
import json
from collections import defaultdict
from pathlib import Path

import imagehash
from PIL import Image
from send2trash import send2trash

EXT = {".jpg", ".jpeg", ".png", ".heic", ".webp"}

def sha(p: Path) -> str:
    h = hashlib.sha256()
    with p.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()

def scan(root: Path):
    by_size = defaultdict(list)
    for p in root.rglob("*"):
        if p.suffix.lower() in EXT and p.is_file():
            by_size[p.stat().st_size].append(p)
    groups = defaultdict(list)
    for same in by_size.values():
        if len(same) > 1:
            for p in same:
                groups[sha(p)].append(p)
    exact = [g for g in groups.values() if len(g) > 1]
    hashes = {}
    for p in root.rglob("*"):
        if p.suffix.lower() in EXT:
            try:
                hashes[p] = imagehash.phash(Image.open(p))
            except Exception:
                pass
    near, seen = [], set()
    items = list(hashes.items())
    for i, (p, h) in enumerate(items):
        if p in seen:
            continue
        g = [p] + [q for q, k in items[i + 1:] if q not in seen and h - k <= 6]
        if len(g) > 1:
            seen.update(g)
            near.append(g)
    return exact, near

def apply(decisions: Path, root: Path):
    d = json.loads(decisions.read_text())
    for group in d["groups"]:
        trash = [Path(x) for x in group["trash"]]
        if len(trash) >= len(group["files"]):
            raise SystemExit(f"refusing: a group would lose every file ({group['files'][0]})")
        for p in trash:
            if root in p.resolve().parents:
                send2trash(str(p))
                print(f"trashed {p}")

ap = argparse.ArgumentParser()
ap.add_argument("root", type=Path)
ap.add_argument("--report", type=Path)
a = ap.parse_args()
exact, near = scan(a.root)
print(f"{len(exact)} exact groups, {len(near)} near-duplicate groups")
