#!/usr/bin/env bash
set -euo pipefail
git fetch --prune
branches=$(git branch --merged main | grep -vE '^\*|^\s*(main|master)$' || true)
[ -z "$branches" ] && { echo "nothing to clean"; exit 0; }
echo "$branches"
read -r -p "Delete these local branches? [y/N] " ok
[ "$ok" = "y" ] && echo "$branches" | xargs git branch -d
