"""Carte PNG avec marqueurs : carte.py sortie.png "lat,lon:étiquette" ..."""
import sys

from staticmap import CircleMarker, StaticMap

sortie, *lieux = sys.argv[1:]
carte = StaticMap(800, 500, url_template="https://tile.openstreetmap.org/{z}/{x}/{y}.png",
                  headers={"User-Agent": "carte-statique-osm/1.0 (skill locale)"})
for lieu in lieux:
    coords, _, etiquette = lieu.partition(":")
    lat, lon = (float(x) for x in coords.split(","))
    carte.add_marker(CircleMarker((lon, lat), "#d33", 12))
    print(f"- {etiquette or coords}")
carte.render().save(sortie)
print(f"![Plan]({sortie})\n\n© contributeurs OpenStreetMap")
