from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

OUT = Path("report/img")
plt.rcParams.update({"figure.dpi": 150, "axes.spines.top": False, "axes.spines.right": False, "font.size": 10})

def _save(fig, name):
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{name}.png"
    fig.savefig(path, bbox_inches="tight")
    plt.close(fig)
    return f"img/{name}.png"

def line(name, x, series: dict, title=""):
    fig, ax = plt.subplots(figsize=(6, 3))
    for label, ys in series.items():
        ax.plot(x, ys, label=label)
    ax.set_title(title)
    if len(series) > 1:
        ax.legend(frameon=False)
    return _save(fig, name)

def bar(name, labels, values, title=""):
    fig, ax = plt.subplots(figsize=(6, 3))
    ax.bar(labels, values)
    ax.set_title(title)
    return _save(fig, name)
