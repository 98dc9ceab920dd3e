#!/usr/bin/env bash
set -euo pipefail
branch=$1
base=$(git merge-base "origin/$branch" origin/main)
if git log --format=%s "$base..origin/$branch" | grep -q '^fixup! '; then
  git checkout -q "$branch"
  GIT_SEQUENCE_EDITOR=: git rebase -q -i --autosquash "$base"
  git push --force-with-lease origin "$branch"
  echo "squashed fixups on $branch"
else
  echo "nothing to squash on $branch"
fi
git log --oneline "$base..HEAD"
