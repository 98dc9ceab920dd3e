"""Move byte-identical duplicate media files to a quarantine folder."""
import argparse
import datetime as dt
import hashlib
import shutil
from collections import defaultdict
from pathlib import Path

EXT = {".jpg", ".jpeg", ".png", ".heic", ".mov", ".mp4", ".dng", ".raw"}


def digest(path: Path) -> str:
    h = hashlib.blake2b(digest_size=20)
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("root", type=Path)
    ap.add_argument("--apply", action="store_true")
    args = ap.parse_args()
    by_size = defaultdict(list)
    for p in args.root.rglob("*"):
        if p.is_file() and p.suffix.lower() in EXT:
            by_size[p.stat().st_size].append(p)
    groups = defaultdict(list)
    for size, paths in by_size.items():
        if len(paths) > 1:
            for p in paths:
                groups[digest(p)].append(p)
    quarantine = args.root.parent / "_duplicates" / dt.date.today().isoformat()
    moved = 0
    for paths in groups.values():
        if len(paths) < 2:
            continue
        keep, *extra = sorted(paths, key=lambda p: (len(str(p)), str(p)))
        for p in extra:
            print(f"duplicate of {keep}: {p}")
            if args.apply:
                target = quarantine / p.relative_to(args.root)
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.move(p, target)
                moved += 1
    print(f"moved {moved} file(s) to {quarantine}" if args.apply else "report only; --apply to move")


if __name__ == "__main__":
    main()
