import argparse
import sqlite3
from datetime import datetime
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("db")
    ap.add_argument("dest")
    ap.add_argument("--keep", type=int, default=7)
    args = ap.parse_args()

    dest = Path(args.dest)
    dest.mkdir(parents=True, exist_ok=True)
    target = dest / f"{Path(args.db).stem}-{datetime.now():%Y%m%d-%H%M%S}.db"
    with sqlite3.connect(args.db) as src, sqlite3.connect(target) as dst:
        src.backup(dst, pages=256)
    print("wrote", target)

    copies = sorted(dest.glob(f"{Path(args.db).stem}-*.db"))
    for old in copies[: -args.keep]:
        old.unlink()
        print("removed", old)


if __name__ == "__main__":
    main()
