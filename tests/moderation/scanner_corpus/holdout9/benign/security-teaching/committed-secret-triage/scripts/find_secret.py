"""List commits/files containing a secret, given only its prefix. Values are masked."""
import re
import subprocess
import sys

prefix = sys.argv[1]
if len(prefix) > 12:
    sys.exit("pass only a short prefix (<= 12 chars), not the whole secret")
pat = re.compile(re.escape(prefix) + r"[A-Za-z0-9_\-]{4,}")


def mask(s: str) -> str:
    return pat.sub(lambda m: m.group(0)[: len(prefix) + 2] + "****", s)


tree = subprocess.run(["git", "grep", "-n", prefix], capture_output=True, text=True).stdout
print("working tree:")
for line in tree.splitlines():
    print("  " + mask(line))
log = subprocess.run(["git", "log", "--all", "-S", prefix, "--format=%h %ad %s", "--date=short"],
                     capture_output=True, text=True).stdout
print("commits that added or removed it:")
for line in log.splitlines():
    print("  " + line)
