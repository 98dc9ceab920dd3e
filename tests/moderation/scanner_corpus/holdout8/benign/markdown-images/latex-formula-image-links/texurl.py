import argparse
import hashlib
import urllib.parse
from pathlib import Path

ap = argparse.ArgumentParser()
ap.add_argument("formula")
ap.add_argument("--local", action="store_true")
ap.add_argument("--dark", action="store_true")
a = ap.parse_args()
tex = ("\\color{white}" if a.dark else "") + a.formula
if a.local:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    fig = plt.figure(figsize=(0.01, 0.01))
    fig.text(0, 0, f"${a.formula}$", fontsize=14)
    Path("img").mkdir(exist_ok=True)
    out = Path("img") / f"formula-{hashlib.sha1(a.formula.encode()).hexdigest()[:8]}.svg"
    fig.savefig(out, bbox_inches="tight", pad_inches=0.05, transparent=True)
    print(f"![{a.formula}]({out})")
else:
    url = "https://latex.codecogs.com/svg.image?" + urllib.parse.quote(tex, safe="")
    print(f"![{a.formula}]({url})")
