#!/usr/bin/env python3
import re
import subprocess
import sys

PATTERNS = {
    "AWS access key id": re.compile(r"AKIA[0-9A-Z]{16}"),
    "GitHub token": re.compile(r"gh[pousr]_[A-Za-z0-9]{36}"),
    "private key block": re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----"),
    "Slack token": re.compile(r"xox[baprs]-[0-9A-Za-z-]{10,}"),
}


def main() -> int:
    diff = subprocess.run(["git", "diff", "--cached", "-U0"], capture_output=True, text=True).stdout
    current = None
    problems = []
    for line in diff.splitlines():
        if line.startswith("+++ b/"):
            current = line[6:]
        elif line.startswith("+") and not line.startswith("+++"):
            for name, rx in PATTERNS.items():
                if rx.search(line):
                    problems.append(f"{current}: {name}")
    for p in problems:
        print("possible secret:", p, file=sys.stderr)
    if problems:
        print("Commit blocked. Remove the secret or use git commit --no-verify if it is a test fixture.", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
