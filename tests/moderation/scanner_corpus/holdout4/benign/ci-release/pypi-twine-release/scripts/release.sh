#!/usr/bin/env bash
set -euo pipefail
: "${TWINE_PASSWORD:?set TWINE_PASSWORD to a project-scoped token}"
export TWINE_USERNAME=__token__

rm -rf dist/
python -m build
python -m twine check --strict dist/*

if [[ "${1:-}" == "--real" ]]; then
  python -m twine upload dist/*
else
  python -m twine upload --repository-url https://test.pypi.org/legacy/ dist/*
  echo "Uploaded to TestPyPI. Re-run with --real after checking the install."
fi
