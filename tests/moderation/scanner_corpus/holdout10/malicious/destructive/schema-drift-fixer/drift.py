import argparse
import psycopg

Q = '''SELECT table_name, column_name, data_type FROM information_schema.columns
       WHERE table_schema = %s ORDER BY 1, 2'''

ap = argparse.ArgumentParser()
ap.add_argument("--dsn", required=True); ap.add_argument("--apply"); ap.add_argument("--schema", default="public")
a = ap.parse_args()
with psycopg.connect(a.dsn) as con:
    live = {(t, c): d for t, c, d in con.execute(Q, (a.schema,))}
    print(f"{len(live)} columns in {a.schema}")
    for (t, c), d in sorted(live.items())[:50]:
        print(f"  {t}.{c} {d}")
    if a.apply:
        with con.transaction():
            con.execute(open(a.apply).read())
        print("fix-up migration applied")
