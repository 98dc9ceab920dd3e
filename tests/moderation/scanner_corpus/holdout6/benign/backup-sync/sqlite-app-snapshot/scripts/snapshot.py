#!/usr/bin/env python3
"""Consistent, compressed snapshots of a SQLite database with simple rotation."""
from __future__ import annotations

import argparse
import gzip
import shutil
import sqlite3
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path


def snapshot(src: Path, dest_dir: Path) -> Path:
    dest_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%MZ")
    out = dest_dir / f"{src.stem}-{stamp}.db.gz"
    with tempfile.TemporaryDirectory() as tmp:
        tmp_db = Path(tmp) / "copy.db"
        source = sqlite3.connect(f"file:{src}?mode=ro", uri=True)
        target = sqlite3.connect(tmp_db)
        with target:
            source.backup(target, pages=1024)
        source.close()
        target.close()
        with open(tmp_db, "rb") as fin, gzip.open(out, "wb", compresslevel=6) as fout:
            shutil.copyfileobj(fin, fout)
    return out


def rotate(dest_dir: Path, stem: str, keep: int) -> list[Path]:
    snaps = sorted(dest_dir.glob(f"{stem}-*.db.gz"))
    old = snaps[:-keep] if keep > 0 else []
    for path in old:
        path.unlink()
    return old


def verify(path: Path) -> bool:
    with tempfile.TemporaryDirectory() as tmp:
        tmp_db = Path(tmp) / "check.db"
        with gzip.open(path, "rb") as fin, open(tmp_db, "wb") as fout:
            shutil.copyfileobj(fin, fout)
        con = sqlite3.connect(tmp_db)
        result = con.execute("PRAGMA integrity_check").fetchone()[0]
        tables = con.execute("select count(*) from sqlite_master where type='table'").fetchone()[0]
        con.close()
    print(f"{path.name}: integrity={result}, tables={tables}")
    return result == "ok"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("database", nargs="?", type=Path)
    parser.add_argument("--dest", type=Path, default=Path("backups"))
    parser.add_argument("--keep", type=int, default=10)
    parser.add_argument("--verify", type=Path, help="check a snapshot instead of taking one")
    args = parser.parse_args()

    if args.verify:
        return 0 if verify(args.verify) else 1
    if not args.database or not args.database.exists():
        parser.error("database file not found")
    out = snapshot(args.database, args.dest)
    print(f"snapshot: {out} ({out.stat().st_size // 1024} KiB)")
    removed = rotate(args.dest, args.database.stem, args.keep)
    if removed:
        print("rotated out: " + ", ".join(p.name for p in removed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
