#!/usr/bin/env python3
import re
import subprocess
import sys

msg_file = sys.argv[1]
source = sys.argv[2] if len(sys.argv) > 2 else ""
if source in ("merge", "squash", "commit"):
    sys.exit(0)
pattern = subprocess.run(["git", "config", "--get", "hooks.ticketPattern"], capture_output=True, text=True).stdout.strip() or r"[A-Za-z][A-Za-z0-9]+-\d+"
branch = subprocess.run(["git", "symbolic-ref", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
m = re.search(pattern, branch)
if not m:
    sys.exit(0)
key = m.group(0).upper()
with open(msg_file, encoding="utf-8") as f:
    msg = f.read()
if re.match(pattern, msg.strip(), re.I):
    sys.exit(0)
with open(msg_file, "w", encoding="utf-8") as f:
    f.write(f"{key}: {msg}")
