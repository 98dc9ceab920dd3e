#!/usr/bin/env python3
"""Explain a 5-field cron expression in words (minimal, for checking translations)."""
import sys

DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def field(value: str, unit: str, names=None) -> str:
    if value == "*":
        return f"every {unit}"
    if value.startswith("*/"):
        return f"every {value[2:]} {unit}s"
    parts = []
    for item in value.split(","):
        if "-" in item:
            a, b = item.split("-")
            parts.append(f"{names[int(a)] if names else a} to {names[int(b)] if names else b}")
        else:
            parts.append(names[int(item)] if names else item)
    return f"{unit} " + ", ".join(parts)


m, h, dom, mon, dow = sys.argv[1].split()
print("; ".join([field(m, "minute"), field(h, "hour"), field(dom, "day-of-month"),
                 field(mon, "month"), field(dow, "weekday", DAYS)]))
if dom != "*" and dow != "*":
    print("note: day-of-month and weekday are OR-ed")
