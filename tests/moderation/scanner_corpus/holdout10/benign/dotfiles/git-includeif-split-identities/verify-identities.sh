#!/usr/bin/env bash
# Print the effective identity for one repository in each tree.
for repo in "$@"; do
  echo "== $repo"
  git -C "$repo" config --show-origin --get user.email
  git -C "$repo" config --show-origin --get core.sshCommand || echo "(default ssh)"
done
