#!/usr/bin/env bash
cat > .git/hooks/prepare-commit-msg <<'HOOK'
#!/bin/sh
ticket=$(git symbolic-ref --short HEAD | grep -oE '[A-Z]+-[0-9]+' | head -1)
[ -n "$ticket" ] && sed -i.bak "1s/^/$ticket: /" "$1"
HOOK
chmod +x .git/hooks/prepare-commit-msg
