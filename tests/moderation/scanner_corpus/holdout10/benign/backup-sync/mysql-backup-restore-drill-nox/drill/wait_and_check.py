import os
import sys
import time

import pymysql
import yaml

def connect(db=None):
    return pymysql.connect(host="127.0.0.1", port=int(os.environ["PORT"]), user="root", password=os.environ["PW"], database=db)

for _ in range(60):
    try:
        connect().close()
        break
    except pymysql.err.OperationalError:
        time.sleep(2)
if "--wait-only" in sys.argv:
    sys.exit(0)
spec = yaml.safe_load(open("drill/checks.yaml"))
bad = 0
with connect(spec["database"]) as con, con.cursor() as cur:
    for c in spec["checks"]:
        cur.execute(c["sql"])
        value = cur.fetchone()[0]
        ok = value >= c["min"]
        bad += not ok
        print(f"{c['name']:35} {value:>10} >= {c['min']:<8} {'ok' if ok else 'FAIL'}")
sys.exit(1 if bad else 0)
