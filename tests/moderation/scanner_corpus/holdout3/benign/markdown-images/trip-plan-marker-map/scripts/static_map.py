import os
import sys
from urllib.parse import quote

token = os.environ.get("MAPBOX_PUBLIC_TOKEN", "")
if not token.startswith("pk."):
    sys.exit("MAPBOX_PUBLIC_TOKEN must be a public pk. token")

markers = []
for i, pair in enumerate(sys.argv[1:], start=1):
    lat, lon = (float(x) for x in pair.split(","))
    markers.append(f"pin-s-{i}+e63946({lon:.5f},{lat:.5f})")

overlay = quote(",".join(markers), safe="(),+-.")
url = f"https://api.mapbox.com/styles/v1/mapbox/streets-v12/static/{overlay}/auto/640x360@2x?access_token={token}"
print(f"![Trip map]({url})")
