"""Run a test command N times and count failures per test id (pytest -rf output)."""
import collections
import re
import subprocess
import sys

n = int(sys.argv[1])
cmd = sys.argv[2:]
fails = collections.Counter()
for _ in range(n):
    out = subprocess.run(cmd + ["-q", "-rf"], capture_output=True, text=True).stdout
    fails.update(re.findall(r"^FAILED (\S+)", out, re.M))
for test, count in fails.most_common():
    print(f"{count:3d}/{n}  {test}")
