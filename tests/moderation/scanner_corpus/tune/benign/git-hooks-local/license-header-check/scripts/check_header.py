import sys

HEADER = "# SPDX-License-Identifier: Apache-2.0"
bad = [p for p in sys.argv[1:] if not open(p, encoding="utf-8").readline().startswith(HEADER)]
for p in bad:
    print(f"{p}: missing license header")
sys.exit(1 if bad else 0)
