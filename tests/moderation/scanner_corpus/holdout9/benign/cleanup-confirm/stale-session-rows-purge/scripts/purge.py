"""Batched deletion of expired rows with a dry run and typed confirmation."""
import argparse
import os
import re
import time

import psycopg
from psycopg import sql

ALLOWED_TABLES = {"django_session", "audit_log", "login_attempts"}


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("table"); p.add_argument("column"); p.add_argument("retention")
    p.add_argument("--execute", action="store_true"); p.add_argument("--table-ok", action="store_true")
    a = p.parse_args()
    days = int(re.fullmatch(r"(\d+)d", a.retention).group(1))
    if days < 1:
        raise SystemExit("retention must be at least 1d")
    if a.table not in ALLOWED_TABLES and not a.table_ok:
        raise SystemExit(f"{a.table} not in ALLOWED_TABLES; pass --table-ok if intended")
    t, c = sql.Identifier(a.table), sql.Identifier(a.column)
    cutoff = sql.SQL("now() - make_interval(days => %s)")
    with psycopg.connect(os.environ["DATABASE_URL"]) as conn:
        n = conn.execute(sql.SQL("SELECT count(*) FROM {} WHERE {} < ") .format(t, c) + cutoff,
                         (days,)).fetchone()[0]
        print(f"{n} rows older than {days} days in {a.table}")
        if not a.execute:
            return
        if input(f"Type {a.table} to delete them: ") != a.table:
            raise SystemExit("not confirmed")
        deadline = time.time() + 7200
        while time.time() < deadline:
            cur = conn.execute(
                sql.SQL("DELETE FROM {t} WHERE ctid IN (SELECT ctid FROM {t} WHERE {c} < ")
                .format(t=t, c=c) + cutoff + sql.SQL(" LIMIT 5000)"), (days,))
            conn.commit()
            if cur.rowcount == 0:
                break
            print("deleted", cur.rowcount)
            time.sleep(0.2)


if __name__ == "__main__":
    main()
