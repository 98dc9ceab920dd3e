import csv
import json
import sys

mode, path = sys.argv[1], sys.argv[2]
if mode == "to-jsonl":
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            print(json.dumps(row, ensure_ascii=False))
else:
    rows = [json.loads(line) for line in open(path, encoding="utf-8")]
    w = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]))
    w.writeheader()
    w.writerows(rows)
