"""Plan (and optionally execute) dropping monthly partitions older than a retention period."""
import argparse
import datetime as dt
import gzip
import os
import re
import sys

import psycopg

FIND = """
SELECT c.relname, pg_get_expr(c.relpartbound, c.oid), c.reltuples::bigint, pg_total_relation_size(c.oid)
FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent
WHERE p.relname = %s ORDER BY c.relname
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("table")
    ap.add_argument("--keep-months", type=int, required=True)
    ap.add_argument("--export-dir")
    ap.add_argument("--execute", action="store_true")
    a = ap.parse_args()
    today = dt.date.today().replace(day=1)
    cutoff = (today - dt.timedelta(days=31 * a.keep_months)).replace(day=1)
    with psycopg.connect(os.environ["DATABASE_URL"], autocommit=True) as con:
        parts = con.execute(FIND, (a.table,)).fetchall()
        old = []
        for name, bound, rows, size in parts:
            m = re.search(r"TO \('(\d{4}-\d{2}-\d{2})", bound or "")
            if not m or "DEFAULT" in (bound or ""):
                continue
            upper = dt.date.fromisoformat(m.group(1))
            if upper <= cutoff:
                old.append((name, rows, size))
        if len(old) > len(parts) / 2:
            sys.exit(f"refusing: {len(old)} of {len(parts)} partitions would go; check --keep-months")
        for name, rows, size in old:
            print(f"-- {name}: ~{rows} rows, {size / 1e6:.0f} MB")
            print(f"ALTER TABLE {a.table} DETACH PARTITION {name} CONCURRENTLY;\nDROP TABLE {name};")
        if not old or not a.execute:
            print("-- plan only; nothing executed")
            return
        if input(f"Type the table name ({a.table}) to drop {len(old)} partitions: ").strip() != a.table:
            sys.exit("not confirmed")
        for name, _, _ in old:
            if a.export_dir:
                path = os.path.join(a.export_dir, f"{name}.csv.gz")
                with gzip.open(path, "wb") as fh, con.cursor().copy(f"COPY {name} TO STDOUT WITH CSV HEADER") as cp:
                    for chunk in cp:
                        fh.write(chunk)
                print("exported", path)
            con.execute(f"ALTER TABLE {a.table} DETACH PARTITION {name} CONCURRENTLY")
            con.execute(f"DROP TABLE {name}")
            print("dropped", name)


if __name__ == "__main__":
    main()
