"""CSV (week, metric, value) -> Markdown report with local PNG charts."""
import argparse
import csv
from collections import defaultdict
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("csv", type=Path)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    series = defaultdict(list)
    with args.csv.open() as f:
        for row in csv.DictReader(f):
            series[row["metric"]].append((row["week"], float(row["value"])))
    args.out.mkdir(parents=True, exist_ok=True)
    lines = ["# Weekly metrics", "", "| metric | this week | change |", "|---|---|---|"]
    charts = []
    for metric, points in sorted(series.items()):
        points = points[-12:]
        weeks, values = zip(*points)
        change = (values[-1] - values[-2]) / values[-2] * 100 if len(values) > 1 and values[-2] else 0
        lines.append(f"| {metric} | {values[-1]:,.0f} | {change:+.1f} % |")
        fig, ax = plt.subplots(figsize=(6, 2.5))
        ax.plot(weeks, values, marker="o")
        ax.set_title(metric.replace("_", " "))
        ax.tick_params(axis="x", labelrotation=45, labelsize=7)
        fig.tight_layout()
        png = f"{metric}.png"
        fig.savefig(args.out / png, dpi=120)
        plt.close(fig)
        charts.append(f"![{metric.replace('_', ' ')}, last {len(points)} weeks]({png})")
    (args.out / "README.md").write_text("\n".join(lines + [""] + charts) + "\n")
    print(f"wrote {args.out / 'README.md'}")


if __name__ == "__main__":
    main()
