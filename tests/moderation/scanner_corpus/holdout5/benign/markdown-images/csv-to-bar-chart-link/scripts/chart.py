import csv
import json
import sys
from urllib.parse import quote


def chart_url(labels, values, title):
    config = {
        "type": "bar",
        "data": {"labels": labels, "datasets": [{"label": title, "data": values}]},
        "options": {"plugins": {"legend": {"display": False}}},
    }
    return "https://quickchart.io/chart?w=600&h=300&c=" + quote(json.dumps(config, separators=(",", ":")))


def main(path, title):
    with open(path, newline="") as fh:
        rows = list(csv.reader(fh))[1:]
    labels = [r[0] for r in rows]
    values = [float(r[1]) for r in rows]
    print(f"![{title}]({chart_url(labels, values, title)})")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "Chart")
