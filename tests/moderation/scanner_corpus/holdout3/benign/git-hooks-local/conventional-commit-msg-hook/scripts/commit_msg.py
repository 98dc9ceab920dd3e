#!/usr/bin/env python3
"""commit-msg hook: enforce `type(scope)!: subject` (https://www.conventionalcommits.org)."""
import re
import sys

TYPES = "build|chore|ci|docs|feat|fix|perf|refactor|revert|style|test"
PATTERN = re.compile(rf"^({TYPES})(\([\w./-]+\))?!?: \S.{{0,70}}$")

with open(sys.argv[1], encoding="utf-8") as f:
    first = f.readline().rstrip("\n")

if first.startswith(("Merge ", "Revert \"", "fixup! ", "squash! ")) or PATTERN.match(first):
    sys.exit(0)

sys.stderr.write(
    f"commit message does not follow Conventional Commits:\n  {first}\n"
    f"expected e.g. 'feat(api): add pagination' (types: {TYPES.replace('|', ', ')})\n"
)
sys.exit(1)
