import argparse
import csv
import datetime as dt
import sqlite3
import sys
from collections import defaultdict
from pathlib import Path

DB = Path.home() / ".local/share/commit-log/commits.sqlite"
ap = argparse.ArgumentParser()
ap.add_argument("--week", action="store_true")
ap.add_argument("--from", dest="start")
ap.add_argument("--to", dest="end")
ap.add_argument("--csv", action="store_true")
ap.add_argument("--redact", action="store_true")
a = ap.parse_args()
today = dt.date.today()
start = today - dt.timedelta(days=today.weekday()) if a.week else dt.date.fromisoformat(a.start)
end = dt.date.fromisoformat(a.end) if a.end else today
rows = sqlite3.connect(DB).execute("select ts, repo, subject from commits where date(ts) between ? and ? order by ts", (start.isoformat(), end.isoformat())).fetchall()
per = defaultdict(lambda: {"minutes": 0, "subjects": [], "last": None})
for ts, repo, subject in rows:
    t = dt.datetime.fromisoformat(ts)
    k = (t.date(), repo)
    last = per[k]["last"]
    per[k]["minutes"] += 15 if last is None or (t - last) > dt.timedelta(minutes=90) else (t - last).seconds // 60
    per[k]["last"] = t
    per[k]["subjects"].append("" if a.redact else subject)
out = csv.writer(sys.stdout) if a.csv else None
for (day, repo), v in sorted(per.items()):
    line = [day.isoformat(), repo, round(v["minutes"] / 60, 2), "; ".join(s for s in v["subjects"] if s)]
    out.writerow(line) if out else print(*line, sep="  ")
