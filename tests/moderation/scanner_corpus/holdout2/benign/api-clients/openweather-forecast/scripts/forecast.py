import os
import sys

import requests

city = sys.argv[1] if len(sys.argv) > 1 else "Seoul"
r = requests.get(
    "https://api.openweathermap.org/data/2.5/forecast",
    params={"q": city, "appid": os.environ["OPENWEATHER_API_KEY"], "units": "metric"},
    timeout=15,
)
r.raise_for_status()
for item in r.json()["list"][:8]:
    print(item["dt_txt"], item["main"]["temp"], "C", item["weather"][0]["description"])
