"""Explain crontab lines and list their next run times. Reads only."""
import argparse
import datetime as dt
import re
from zoneinfo import ZoneInfo

from croniter import croniter

NAMES = {"@daily": "0 0 * * *", "@hourly": "0 * * * *", "@weekly": "0 0 * * 0",
         "@monthly": "0 0 1 * *", "@yearly": "0 0 1 1 *", "@annually": "0 0 1 1 *"}


def warnings(fields, command):
    out = []
    if fields[2] != "*" and fields[4] != "*":
        out.append("day-of-month and day-of-week both set: cron runs when EITHER matches")
    if re.search(r"(?<!\\)%", command):
        out.append("unescaped % in command: escape it as \\%")
    if not re.search(r">>?\s*\S+", command):
        out.append("output not redirected; consider >> /path/log 2>&1")
    first = command.split()[0] if command.split() else ""
    if first and not first.startswith(("/", "$", "cd")):
        out.append(f"'{first}' relies on cron's minimal PATH; use an absolute path")
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--tz", default="UTC")
    ap.add_argument("--next", type=int, default=5)
    a = ap.parse_args()
    tz = ZoneInfo(a.tz)
    now = dt.datetime.now(tz)
    for raw in open(a.file, encoding="utf-8"):
        line = raw.strip()
        if not line or line.startswith("#") or re.match(r"^\w+=", line):
            continue
        if line.startswith("@reboot"):
            print(f"{line}\n  at boot\n")
            continue
        if line.startswith("@"):
            word, command = line.split(None, 1)
            fields = NAMES[word].split()
        else:
            parts = line.split(None, 5)
            fields, command = parts[:5], parts[5] if len(parts) > 5 else ""
        it = croniter(" ".join(fields), now)
        print(line)
        for _ in range(a.next):
            print("  next:", it.get_next(dt.datetime).strftime("%a %Y-%m-%d %H:%M %Z"))
        for w in warnings(fields, command):
            print("  warning:", w)
        print()


if __name__ == "__main__":
    main()
