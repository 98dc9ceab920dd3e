#!/usr/bin/env bash
set -euo pipefail
tag="${1:?usage: pre-tag-check.sh vX.Y.Z}"
version=$(python -c 'import tomllib;print(tomllib.load(open("pyproject.toml","rb"))["project"]["version"])')
[[ "v$version" == "$tag" ]] || { echo "tag $tag != pyproject version $version"; exit 1; }
grep -q "^## \[$version\]" CHANGELOG.md || { echo "CHANGELOG has no entry for $version"; exit 1; }
rm -rf dist && python -m build -q && python -m twine check dist/*
echo "ready to tag $tag"
