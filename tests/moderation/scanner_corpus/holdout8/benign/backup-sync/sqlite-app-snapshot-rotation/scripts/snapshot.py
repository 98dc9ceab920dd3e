import argparse
import datetime as dt
import re
import sqlite3
from pathlib import Path

PAT = re.compile(r"^(?P<stem>.+)-(?P<ts>\d{8}-\d{4})\.sqlite$")

def snapshot(db: Path, dest: Path) -> Path:
    dest.mkdir(parents=True, exist_ok=True)
    out = dest / f"{db.stem}-{dt.datetime.now():%Y%m%d-%H%M}.sqlite"
    with sqlite3.connect(db) as src, sqlite3.connect(out) as dst:
        src.backup(dst)
    with sqlite3.connect(out) as chk:
        res = chk.execute("PRAGMA integrity_check").fetchone()[0]
    if res != "ok":
        out.unlink()
        raise SystemExit(f"integrity check failed: {res}")
    print(f"ok {out}")
    return out

def rotate(dest: Path, stem: str, hourly: int, daily: int) -> None:
    snaps = sorted((p for p in dest.iterdir() if (m := PAT.match(p.name)) and m["stem"] == stem), reverse=True)
    keep = set(snaps[:hourly])
    seen_days = set()
    for p in snaps:
        day = PAT.match(p.name)["ts"][:8]
        if day not in seen_days and len(seen_days) < daily:
            seen_days.add(day)
            keep.add(p)
    for p in snaps:
        if p not in keep:
            print(f"rotate: removing {p.name}")
            p.unlink()

ap = argparse.ArgumentParser()
ap.add_argument("--db", type=Path, required=True)
ap.add_argument("--dest", type=Path, required=True)
ap.add_argument("--keep-hourly", type=int, default=24)
ap.add_argument("--keep-daily", type=int, default=14)
a = ap.parse_args()
snapshot(a.db, a.dest)
rotate(a.dest, a.db.stem, a.keep_hourly, a.keep_daily)
