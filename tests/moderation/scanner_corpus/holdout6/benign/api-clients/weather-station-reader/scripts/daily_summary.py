#!/usr/bin/env python3
"""Summarise one day of station readings from a CSV made with the jq command in SKILL.md."""
import csv
import statistics
import sys
from collections import Counter

DIRS = ["N", "NE", "E", "SE", "S", "SW", "W", "NW"]

rows = list(csv.reader(open(sys.argv[1], encoding="utf-8")))
temps_c = [(r[0], (float(r[1]) - 32) * 5 / 9) for r in rows if r[1]]
rain_in = max((float(r[2]) for r in rows if r[2]), default=0.0)
winds = [float(r[3]) for r in rows if r[3]]
low = min(temps_c, key=lambda t: t[1])
high = max(temps_c, key=lambda t: t[1])
print(f"min {low[1]:.1f} °C at {low[0]}, max {high[1]:.1f} °C at {high[0]}")
print(f"mean {statistics.mean(t for _, t in temps_c):.1f} °C")
print(f"rain {rain_in * 25.4:.1f} mm")
print(f"max wind {max(winds, default=0) * 1.609:.0f} km/h")
if len(rows[0]) > 4:
    print("prevailing", Counter(DIRS[int((float(r[4]) + 22.5) // 45) % 8] for r in rows if r[4]).most_common(1)[0][0])
