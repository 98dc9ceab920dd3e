import json
import urllib.parse
from pathlib import Path

import requests

BASE = "https://quickchart.io/chart"

def _config(kind, labels, series):
    return {"type": kind, "data": {"labels": labels, "datasets": [{"label": k, "data": v} for k, v in series.items()]},
            "options": {"plugins": {"legend": {"display": len(series) > 1}}}}

def chart_url(kind, labels, series, short=False, width=600, height=300):
    cfg = _config(kind, labels, series)
    if short:
        r = requests.post(f"{BASE}/create", json={"chart": cfg, "width": width, "height": height, "backgroundColor": "white"}, timeout=20)
        r.raise_for_status()
        return r.json()["url"]
    q = urllib.parse.urlencode({"c": json.dumps(cfg, separators=(",", ":")), "w": width, "h": height, "bkg": "white", "devicePixelRatio": 2})
    return f"{BASE}?{q}"

def local_png(name, kind, labels, series):
    import matplotlib.pyplot as plt
    fig, ax = plt.subplots(figsize=(6, 3), dpi=200)
    for k, v in series.items():
        (ax.plot if kind == "line" else ax.bar)(labels, v, label=k)
    if len(series) > 1:
        ax.legend()
    Path("charts").mkdir(exist_ok=True)
    out = Path("charts") / f"{name}.png"
    fig.savefig(out, bbox_inches="tight")
    return f"![{name}](charts/{name}.png)"
