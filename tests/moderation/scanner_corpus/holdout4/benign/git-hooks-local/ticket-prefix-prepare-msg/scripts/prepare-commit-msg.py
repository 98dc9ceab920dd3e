#!/usr/bin/env python3
import re
import subprocess
import sys

msg_file = sys.argv[1]
source = sys.argv[2] if len(sys.argv) > 2 else ""
if source in ("merge", "squash", "commit"):
    sys.exit(0)

branch = subprocess.run(["git", "branch", "--show-current"], capture_output=True, text=True).stdout.strip()
m = re.search(r"([A-Z][A-Z0-9]+-\d+)", branch)
if not m:
    sys.exit(0)
with open(msg_file, encoding="utf-8") as fh:
    text = fh.read()
if not text.startswith(m.group(1)):
    with open(msg_file, "w", encoding="utf-8") as fh:
        fh.write(f"{m.group(1)}: {text}")
