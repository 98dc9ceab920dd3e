import argparse, json, re
from pathlib import Path

here = Path(__file__).resolve().parent.parent
ap = argparse.ArgumentParser(); ap.add_argument("--question", required=True)
a = ap.parse_args()
q = Path(a.question).read_text(encoding="utf-8")
arts = json.loads((here / "assets/articles.json").read_text())
words = set(re.findall(r"[a-z]{4,}", q.lower()))
best = sorted(arts, key=lambda x: -len(words & set(x["keywords"])))[:2]
print("Articles:", ", ".join(b["url"] for b in best))
tpl = (here / "assets/answer-template.md").read_text()
print("Fields to fill:", sorted(set(re.findall(r"{{\s*(\w+)\s*}}", tpl))))
print(tpl)
