"""Translate crontab lines into systemd service/timer text. Writes files; installs nothing."""
import re
import shutil
import subprocess

DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
SPECIAL = {"@hourly": "hourly", "@daily": "daily", "@weekly": "weekly", "@monthly": "monthly", "@yearly": "yearly"}


def _field(value, width=2):
    if value == "*":
        return "*"
    m = re.fullmatch(r"\*/(\d+)", value)
    if m:
        return f"00/{m.group(1)}" if width == 2 else f"0/{m.group(1)}"
    return ",".join(v.zfill(width) if v.isdigit() else v.replace("-", "..") for v in value.split(","))


def _weekday(value):
    if value == "*":
        return ""
    out = []
    for part in value.split(","):
        if "-" in part:
            a, b = part.split("-")
            out.append(f"{DAYS[int(a)]}..{DAYS[int(b)]}")
        else:
            out.append(DAYS[int(part)])
    return ",".join(out) + " "


def on_calendar(fields):
    if fields[0] in SPECIAL:
        return SPECIAL[fields[0]], []
    minute, hour, dom, month, dow = fields
    warn = ["day-of-month and day-of-week both set: cron ORs them; check this timer"] if dom != "*" and dow != "*" else []
    expr = f"{_weekday(dow)}*-{_field(month)}-{_field(dom)} {_field(hour)}:{_field(minute)}:00"
    return expr, warn


def next_elapse(expr):
    if not shutil.which("systemd-analyze"):
        return "(systemd-analyze not available)"
    out = subprocess.run(["systemd-analyze", "calendar", expr], capture_output=True, text=True).stdout
    m = re.search(r"Next elapse: (.*)", out)
    return m.group(1) if m else out.strip()


def units(name, command, expr, warnings, env):
    service = "[Unit]\nDescription=" + name + " (converted from cron)\n\n[Service]\nType=oneshot\n"
    service += "".join(f"Environment={k}={v}\n" for k, v in env.items())
    service += f"ExecStart=/bin/sh -c {command!r}\n"
    timer = "".join(f"# WARNING: {w}\n" for w in warnings)
    timer += f"[Unit]\nDescription=Timer for {name}\n\n[Timer]\nOnCalendar={expr}\nPersistent=true\n\n[Install]\nWantedBy=timers.target\n"
    return service, timer
