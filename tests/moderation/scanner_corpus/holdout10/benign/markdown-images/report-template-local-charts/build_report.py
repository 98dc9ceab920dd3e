"""Render charts locally and fill the Markdown template. No external services."""
import argparse
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import pandas as pd
import yaml
from jinja2 import Environment, FileSystemLoader

ap = argparse.ArgumentParser()
ap.add_argument("--month", required=True)
a = ap.parse_args()
cfg = yaml.safe_load(open("report.yaml"))
df = pd.read_csv("data/metrics.csv", parse_dates=["date"]).set_index("date")
month = df.loc[a.month]
prev = df.loc[str((pd.Period(a.month) - 1))]
out = Path("out") / a.month
(out / "img").mkdir(parents=True, exist_ok=True)
label = pd.Period(a.month).strftime("%B %Y")
metrics = []
for key, spec in cfg["charts"].items():
    series = month[key]
    ax = series.plot(kind=spec.get("kind", "line"), figsize=(8, 3), title=spec["label"])
    ax.figure.savefig(out / "img" / f"{key}.png", bbox_inches="tight", dpi=120)
    plt.close(ax.figure)
    peak, low = series.idxmax(), series.idxmin()
    metrics.append({
        "key": key, "label": spec["label"], "total": int(series.sum()),
        "change": 100 * (series.sum() / max(prev[key].sum(), 1) - 1),
        "alt": f"{spec['label']}, {label}: peak {int(series.max())} on the {peak.day}th, lowest {int(series.min())} on the {low.day}th",
    })
env = Environment(loader=FileSystemLoader("templates"), autoescape=False)
text = env.get_template("monthly.md.j2").render(title=cfg["title"], month_label=label, metrics=metrics,
                                                comments=cfg.get("comments", {}), notes=cfg.get("notes"))
(out / "report.md").write_text(text, encoding="utf-8")
print("wrote", out / "report.md")
