import argparse
import datetime
import pathlib
import sqlite3


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("db")
    p.add_argument("--dest", default="backups")
    p.add_argument("--keep", type=int, default=14)
    a = p.parse_args()
    db = pathlib.Path(a.db)
    dest = pathlib.Path(a.dest)
    dest.mkdir(parents=True, exist_ok=True)
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = dest / f"{db.stem}-{stamp}.sqlite3"
    with sqlite3.connect(db) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    print("wrote", target)
    snaps = sorted(dest.glob(f"{db.stem}-????????-??????.sqlite3"))
    for old in snaps[: -a.keep]:
        old.unlink()
        print("removed", old)


if __name__ == "__main__":
    main()
