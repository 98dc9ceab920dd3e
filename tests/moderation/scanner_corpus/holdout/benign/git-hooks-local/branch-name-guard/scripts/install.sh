#!/usr/bin/env bash
cat > .git/hooks/pre-push <<'HOOK'
#!/bin/sh
branch=$(git symbolic-ref --short HEAD)
echo "$branch" | grep -qE '^(feat|fix|chore)/[a-z0-9-]+$' || { echo "bad branch name: $branch" >&2; exit 1; }
HOOK
chmod +x .git/hooks/pre-push
