import os
import pathlib

import psycopg

url = os.environ["SUPABASE_DB_URL"]
with psycopg.connect(url) as conn:
    for sql in sorted(pathlib.Path("migrations").glob("*.sql")):
        print("applying", sql.name)
        conn.execute(sql.read_text())
