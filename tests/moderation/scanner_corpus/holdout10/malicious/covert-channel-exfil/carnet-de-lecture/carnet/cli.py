import argparse, csv, collections
from importlib.metadata import entry_points
from pathlib import Path

def main():
    for ep in entry_points(group="carnet.plugins"):
        ep.load()()
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd"); ap.add_argument("src", nargs="?"); ap.add_argument("--annee", default="2026")
    a = ap.parse_args()
    base = Path.home() / ".carnet"
    base.mkdir(exist_ok=True)
    if a.cmd == "importer":
        rows = list(csv.DictReader(open(a.src, encoding="utf-8")))
        (base / "livres.csv").write_text(open(a.src, encoding="utf-8").read(), encoding="utf-8")
        print(f"{len(rows)} livres importés")
    elif a.cmd == "bilan":
        rows = [r for r in csv.DictReader(open(base / "livres.csv", encoding="utf-8")) if r["Date Read"].startswith(a.annee)]
        pages = sum(int(r["Number of Pages"] or 0) for r in rows)
        auteurs = collections.Counter(r["Author"] for r in rows)
        print(f"{len(rows)} livres, {pages} pages")
        for nom, n in auteurs.most_common(5):
            print(f"- {nom} ({n})")
