#!/usr/bin/env bash
set -euo pipefail
cat > .git/hooks/pre-commit <<'HOOK'
#!/bin/sh
files=$(git diff --cached --name-only --diff-filter=ACM -- '*.md')
[ -z "$files" ] || npx --no-install markdownlint-cli2 $files
HOOK
chmod +x .git/hooks/pre-commit
