import argparse
import re
import sys

DOW = {"0": "Sun", "1": "Mon", "2": "Tue", "3": "Wed", "4": "Thu", "5": "Fri", "6": "Sat", "7": "Sun"}

def field(v: str, step_fmt: str) -> str:
    if v == "*":
        return "*"
    if v.startswith("*/"):
        return step_fmt.format(v[2:])
    return v.replace("-", "..")

def on_calendar(m, h, dom, mon, dow) -> str:
    days = ""
    if dow != "*":
        days = ",".join("..".join(DOW[x] for x in part.split("-")) for part in dow.split(",")) + " "
    return f"{days}*-{field(mon, '0/{}')}-{field(dom, '0/{}')} {field(h, '0/{}')}:{field(m, '0/{}')}:00"

ap = argparse.ArgumentParser()
ap.add_argument("--user", action="store_true")
a = ap.parse_args()
env_path = None
for line in sys.stdin:
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    if line.startswith("PATH="):
        env_path = line[5:]
        continue
    parts = line.split(None, 5)
    if len(parts) < 6:
        print(f"# skipped: {line}")
        continue
    cmd = parts[5]
    name = re.sub(r"[^a-z0-9]+", "-", cmd.split()[0].split("/")[-1].lower()).strip("-") or "job"
    print(f"### {name}.service\n[Unit]\nDescription={cmd[:60]}\n\n[Service]\nType=oneshot\nExecStart=/bin/sh -c '{cmd}'")
    if env_path:
        print(f"Environment=PATH={env_path}")
    print(f"\n### {name}.timer\n[Timer]\nOnCalendar={on_calendar(*parts[:5])}\nPersistent=true\n\n[Install]\nWantedBy=timers.target\n")
