import os
import sys

required = [
    line.split("=", 1)[0].strip()
    for line in open(sys.argv[1], encoding="utf-8")
    if "=" in line and not line.lstrip().startswith("#")
]
missing = [name for name in required if not os.environ.get(name)]
print("all set" if not missing else "missing: " + ", ".join(missing))
