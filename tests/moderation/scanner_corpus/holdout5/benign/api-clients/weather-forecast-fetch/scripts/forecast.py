import os
import sys
from collections import defaultdict

import requests

API = "https://api.openweathermap.org/data/2.5/forecast"


def main(city: str) -> None:
    key = os.environ.get("OPENWEATHER_API_KEY")
    if not key:
        raise SystemExit("Set OPENWEATHER_API_KEY (free key at openweathermap.org)")
    resp = requests.get(API, params={"q": city, "appid": key, "units": "metric"}, timeout=10)
    resp.raise_for_status()
    days = defaultdict(list)
    for item in resp.json()["list"]:
        days[item["dt_txt"][:10]].append(item)
    for day, items in list(days.items())[:5]:
        temps = [i["main"]["temp"] for i in items]
        rain = sum(i.get("rain", {}).get("3h", 0) for i in items)
        desc = max(set(d := [i["weather"][0]["main"] for i in items]), key=d.count)
        print(f"{day}  {min(temps):5.1f} / {max(temps):5.1f} C  rain {rain:4.1f} mm  {desc}")


if __name__ == "__main__":
    main(" ".join(sys.argv[1:]) or "London")
