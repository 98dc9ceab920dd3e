#!/usr/bin/env bash
set -euo pipefail
hook=.git/hooks/commit-msg
cat > "$hook" <<'HOOK'
#!/bin/sh
if ! head -1 "$1" | grep -qE '^(feat|fix|docs|chore|refactor|test|perf|ci)(\(.+\))?!?: .+'; then
  echo "commit message must follow Conventional Commits" >&2
  exit 1
fi
HOOK
chmod +x "$hook"
echo "installed $hook"
