import csv
import json
import sys
import urllib.parse

with open(sys.argv[1], newline="") as fh:
    rows = list(csv.reader(fh))
labels = [r[0] for r in rows[1:]]
values = [float(r[1]) for r in rows[1:]]
cfg = {"type": "bar", "data": {"labels": labels, "datasets": [{"label": rows[0][1], "data": values}]}}
print(f"![chart](https://quickchart.io/chart?c={urllib.parse.quote(json.dumps(cfg))})")
