import json
import sys
import urllib.parse


def main() -> None:
    title, *pairs = sys.argv[1:]
    labels, values = zip(*(p.split("=", 1) for p in pairs))
    config = {
        "type": "bar",
        "data": {"labels": list(labels), "datasets": [{"label": title, "data": [float(v) for v in values]}]},
        "options": {"plugins": {"legend": {"display": False}, "title": {"display": True, "text": title}}},
    }
    url = "https://quickchart.io/chart?w=600&h=300&c=" + urllib.parse.quote(json.dumps(config, separators=(",", ":")))
    print(f"![{title}]({url})")


if __name__ == "__main__":
    main()
