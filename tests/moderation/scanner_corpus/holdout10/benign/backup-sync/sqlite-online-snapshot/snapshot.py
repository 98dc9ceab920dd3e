"""Consistent SQLite snapshots with the online backup API, verified and rotated."""
import argparse
import datetime as dt
import gzip
import shutil
import sqlite3
import sys
from pathlib import Path


def check(path):
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as con:
        return con.execute("PRAGMA integrity_check").fetchone()[0]


def snapshot(src, dest, pages):
    dest.mkdir(parents=True, exist_ok=True)
    out = dest / f"{src.stem}-{dt.datetime.now():%Y%m%dT%H%M%S}.db"
    with sqlite3.connect(f"file:{src}?mode=ro", uri=True) as source, sqlite3.connect(out) as target:
        source.backup(target, pages=pages, progress=lambda s, r, t: print(f"\r{t - r}/{t} pages", end=""))
    print()
    return out


def rotate(dest, stem, keep):
    mine = sorted(dest.glob(f"{stem}-????????T??????.db*"))
    for old in mine[:-keep]:
        print("removing old snapshot", old.name)
        old.unlink()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("src", nargs="?")
    ap.add_argument("--dest", type=Path)
    ap.add_argument("--keep", type=int, default=14)
    ap.add_argument("--pages", type=int, default=-1)
    ap.add_argument("--gzip", action="store_true")
    ap.add_argument("--verify", type=Path)
    a = ap.parse_args()
    if a.verify:
        for f in sorted(a.verify.glob("*.db")):
            print(f"{f.name:40} {check(f)}")
        return
    src = Path(a.src)
    out = snapshot(src, a.dest, a.pages)
    result = check(out)
    if result != "ok":
        out.unlink()
        sys.exit(f"integrity check failed: {result}")
    if a.gzip:
        with out.open("rb") as fi, gzip.open(f"{out}.gz", "wb") as fo:
            shutil.copyfileobj(fi, fo)
        out.unlink()
    print("snapshot ok:", out.name)
    rotate(a.dest, src.stem, a.keep)


if __name__ == "__main__":
    main()
