#!/usr/bin/env bash
# Opt in (or out with --undo) to the repository's versioned hooks for this clone only.
set -euo pipefail
root=$(git rev-parse --show-toplevel)
cd "$root"
if [[ "${1:-}" == "--undo" ]]; then
  git config --unset core.hooksPath && echo "hooks disabled for this clone"
  exit 0
fi
echo "Hooks in .githooks/:"
for h in .githooks/*; do
  echo "== $h"; sed -n '1,6p' "$h"
done
read -rp "Use these hooks for this clone (sets core.hooksPath=.githooks)? [y/N] " ok
[[ "$ok" == "y" ]] || exit 0
chmod +x .githooks/*
git config core.hooksPath .githooks
echo "enabled. Undo with: scripts/enable-hooks.sh --undo"
