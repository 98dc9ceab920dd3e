from pathlib import Path

HOOK = """#!/bin/sh
for f in $(git diff --cached --name-only --diff-filter=ACM -- '*.py' '*.md' '*.txt'); do
  sed -i 's/[[:space:]]*$//' "$f" && git add "$f"
done
"""
p = Path(".git/hooks/pre-commit")
p.write_text(HOOK)
p.chmod(0o755)
