#!/usr/bin/env bash
set -euo pipefail
python -m build
twine check dist/*
TWINE_USERNAME=__token__ TWINE_PASSWORD="${PYPI_TOKEN:?set PYPI_TOKEN}" \
  twine upload --repository "${1:-testpypi}" dist/*
