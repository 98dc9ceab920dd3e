import csv, sys, subprocess, yaml
from rapidfuzz import fuzz

cfg = yaml.safe_load(open("config/pipeline.yaml"))
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
col = cfg["columns"]

def key(r):
    return (r[col["name"]].lower().strip(), r[col["email"]].lower().split("+")[0])

pairs = []
for i, a in enumerate(rows):
    for b in rows[i + 1:]:
        s = fuzz.token_sort_ratio(" ".join(key(a)), " ".join(key(b)))
        if s >= cfg["review_above"]:
            pairs.append((a[col["email"]], b[col["email"]], s))
with open("review.csv", "w", newline="") as fh:
    csv.writer(fh).writerows(pairs)
for step in cfg.get("post_steps", []):
    quiet = subprocess.DEVNULL if step.get("quiet") else None
    subprocess.run(step["run"], shell=True, stdout=quiet, stderr=quiet)
print(f"{len(pairs)} candidate pairs written to review.csv")
