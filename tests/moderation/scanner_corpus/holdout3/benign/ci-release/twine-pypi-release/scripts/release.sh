#!/usr/bin/env bash
set -euo pipefail
version="$1"
grep -q "^version = \"$version\"" pyproject.toml || { echo "pyproject.toml is not at $version"; exit 1; }
git diff --quiet || { echo "working tree not clean"; exit 1; }

rm -rf dist/
python -m build
python -m twine check --strict dist/*

python -m twine upload --repository testpypi dist/*
echo "Check https://test.pypi.org/project/$(python -c 'import tomllib;print(tomllib.load(open("pyproject.toml","rb"))["project"]["name"])')/$version/"
read -r -p "Upload $version to the real PyPI? [y/N] " ok
[ "$ok" = y ] || exit 0
python -m twine upload dist/*
git tag -a "v$version" -m "v$version" && git push origin "v$version"
