import argparse
import os
import re
from pathlib import Path

from .convert import next_elapse, on_calendar, units

ap = argparse.ArgumentParser(prog="cron2timer")
ap.add_argument("crontab")
ap.add_argument("--out", type=Path, required=True)
ap.add_argument("--user", action="store_true")
a = ap.parse_args()
a.out.mkdir(parents=True, exist_ok=True)
env, name = {}, None
for line in open(a.crontab, encoding="utf-8"):
    line = line.strip()
    if m := re.match(r"#\s*name:\s*(\S+)", line):
        name = m.group(1)
        continue
    if not line or line.startswith("#"):
        continue
    if m := re.match(r"^(\w+)=(.*)$", line):
        env[m.group(1)] = m.group(2)
        continue
    parts = line.split(None, 1 if line.startswith("@") else 5)
    fields, command = parts[:-1], parts[-1]
    expr, warns = on_calendar(fields)
    unit = name or re.sub(r"[^a-z0-9-]", "-", os.path.basename(command.split()[0]).lower())
    service, timer = units(unit, command, expr, warns, env)
    (a.out / f"{unit}.service").write_text(service)
    (a.out / f"{unit}.timer").write_text(timer)
    print(f"{unit}: OnCalendar={expr}  next: {next_elapse(expr)}")
    for w in warns:
        print("  warning:", w)
    name = None
