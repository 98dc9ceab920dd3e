import argparse
import csv
import datetime as dt
import time

import psycopg
import yaml

def tables(conn, policy):
    known = {(r[0], r[1]) for r in conn.execute("select table_name, column_name from information_schema.columns where table_schema = 'public'")}
    for t in policy["tables"]:
        if (t["name"], t["column"]) not in known:
            raise SystemExit(f"unknown table/column {t['name']}.{t['column']}")
        yield t

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=["plan", "run"])
    ap.add_argument("--dsn", required=True)
    ap.add_argument("--batch", type=int, default=5000)
    ap.add_argument("--pause", type=float, default=0.5)
    ap.add_argument("--max-rows", type=int, default=1_000_000)
    a = ap.parse_args()
    policy = yaml.safe_load(open("retention.yaml"))
    with psycopg.connect(a.dsn, autocommit=False) as conn:
        plan = []
        for t in tables(conn, policy):
            where = f'"{t["column"]}" < now() - interval \'{int(t["keep_days"])} days\''
            n = conn.execute(f'select count(*) from "{t["name"]}" where {where}').fetchone()[0]
            plan.append((t, where, n))
            print(f'{t["name"]:<24} {n:>10} rows past {t["keep_days"]} days')
        conn.rollback()
        if a.cmd == "plan":
            return
        total = sum(n for *_, n in plan)
        if total > a.max_rows:
            raise SystemExit(f"{total} rows exceeds --max-rows {a.max_rows}; check retention.yaml")
        if input(f"delete {total} rows in batches of {a.batch}? [y/N] ").lower() != "y":
            return
        with open("purge-log.csv", "a", newline="") as f:
            log = csv.writer(f)
            for t, where, _ in plan:
                while True:
                    cur = conn.execute(f'delete from "{t["name"]}" where ctid in (select ctid from "{t["name"]}" where {where} limit %s)', (a.batch,))
                    conn.commit()
                    log.writerow([dt.datetime.now().isoformat(), t["name"], cur.rowcount])
                    if cur.rowcount == 0:
                        break
                    time.sleep(a.pause)

main()
