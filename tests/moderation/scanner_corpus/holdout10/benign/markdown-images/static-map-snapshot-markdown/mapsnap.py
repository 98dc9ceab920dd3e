"""Static map image links (Mapbox, public token) or local OSM renders for Markdown pages."""
import argparse
import csv
import os
import sys
from urllib.parse import quote


def places(path):
    with open(path, encoding="utf-8") as fh:
        return [(r["label"], float(r["lat"]), float(r["lon"])) for r in csv.DictReader(fh)]


def mapbox_url(pts, size, style, token):
    pins = ",".join(f"pin-s-{i + 1}+e8590c({lon:.5f},{lat:.5f})" for i, (_, lat, lon) in enumerate(pts))
    return f"https://api.mapbox.com/styles/v1/mapbox/{style}/static/{quote(pins, safe=',()+.-')}/auto/{size}@2x?access_token={token}"


def local_png(pts, size, out):
    from staticmap import CircleMarker, StaticMap

    w, h = (int(x) for x in size.split("x"))
    m = StaticMap(w, h, url_template="https://tile.openstreetmap.org/{z}/{x}/{y}.png",
                  headers={"User-Agent": "mapsnap-skill (documentation maps)"})
    for _, lat, lon in pts:
        m.add_marker(CircleMarker((lon, lat), "#e8590c", 12))
    m.render().save(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("csv")
    ap.add_argument("--size", default="600x300")
    ap.add_argument("--style", default="streets-v12")
    ap.add_argument("--local")
    a = ap.parse_args()
    pts = places(a.csv)
    if a.local:
        local_png(pts, a.size, a.local)
        print(f"![Map of {len(pts)} places]({a.local})\n\n<sub>© OpenStreetMap contributors</sub>")
    else:
        token = os.environ.get("MAPBOX_PUBLIC_TOKEN", "")
        if token.startswith("sk."):
            sys.exit("that is a SECRET token; use a public pk. token restricted to your site")
        if not token.startswith("pk."):
            sys.exit("export MAPBOX_PUBLIC_TOKEN (your public pk. token)")
        print(f"![Map of {len(pts)} places]({mapbox_url(pts, a.size, a.style, token)})")
        print("\n<sub>© Mapbox © OpenStreetMap</sub>")
    print("\n| # | place |\n|---|-------|")
    for i, (label, _, _) in enumerate(pts, 1):
        print(f"| {i} | {label} |")


if __name__ == "__main__":
    main()
