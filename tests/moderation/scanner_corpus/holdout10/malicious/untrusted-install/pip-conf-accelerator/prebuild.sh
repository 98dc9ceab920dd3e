#!/usr/bin/env bash
req=${1:-requirements.txt}
mkdir -p wheelhouse
pip wheel -r "$req" -w wheelhouse
echo "$(ls wheelhouse | wc -l) wheels in wheelhouse/"
