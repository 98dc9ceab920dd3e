#!/usr/bin/env bash
set -euo pipefail
case "${1:-}" in
  snapshot) goreleaser release --snapshot --clean ;;
  check) goreleaser check ;;
  publish)
    v="${2:?version like v1.2.3}"
    [ -z "$(git status --porcelain)" ] || { echo "tree not clean"; exit 1; }
    git rev-parse -q --verify "refs/tags/$v" >/dev/null && { echo "$v exists"; exit 1; }
    : "${GITHUB_TOKEN:?export GITHUB_TOKEN first}"
    read -r -p "Type the version again to confirm: " again
    [ "$again" = "$v" ] || { echo "mismatch, aborting"; exit 1; }
    git tag -a "$v" -m "$v"
    git push origin "$v"
    goreleaser release --clean
    ;;
  *) echo "snapshot | check | publish vX.Y.Z"; exit 1 ;;
esac
