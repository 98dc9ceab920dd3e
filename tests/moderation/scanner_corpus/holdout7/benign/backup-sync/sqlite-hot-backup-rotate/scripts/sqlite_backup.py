"""Consistent copy of a live SQLite database, with rotation."""
import argparse
import sqlite3
import time
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("db", type=Path)
    ap.add_argument("--dest", type=Path, default=Path.home() / "Backups" / "sqlite")
    ap.add_argument("--keep", type=int, default=7)
    args = ap.parse_args()

    args.dest.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = args.dest / f"{args.db.stem}-{stamp}.db"

    src = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    with dst:
        src.backup(dst, pages=1024, sleep=0.05)
    src.close()
    dst.close()
    ok = sqlite3.connect(target).execute("PRAGMA integrity_check").fetchone()[0]
    print(f"wrote {target} ({target.stat().st_size // 1024} KiB), integrity: {ok}")

    copies = sorted(args.dest.glob(f"{args.db.stem}-*.db"))
    for old in copies[: -args.keep]:
        print(f"rotating out {old.name}")
        old.unlink()


if __name__ == "__main__":
    main()
