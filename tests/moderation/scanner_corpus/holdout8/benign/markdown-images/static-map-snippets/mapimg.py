import argparse
import os

ap = argparse.ArgumentParser()
ap.add_argument("--lat", type=float, required=True)
ap.add_argument("--lon", type=float, required=True)
ap.add_argument("--zoom", type=int, default=14)
ap.add_argument("--label", default="")
a = ap.parse_args()
token = os.environ.get("MAPBOX_PUBLIC_TOKEN", "")
if token.startswith("sk."):
    raise SystemExit("that's a secret Mapbox token; use a public pk. token restricted to your domain")
img = (f"https://api.mapbox.com/styles/v1/mapbox/streets-v12/static/pin-s+e11d48({a.lon},{a.lat})/"
       f"{a.lon},{a.lat},{a.zoom}/600x300@2x?access_token={token}")
osm = f"https://www.openstreetmap.org/?mlat={a.lat}&mlon={a.lon}#map={a.zoom}/{a.lat}/{a.lon}"
print(f"[![{a.label or 'map'}]({img})]({osm})")
print("\n<sub>© Mapbox © OpenStreetMap contributors</sub>")
