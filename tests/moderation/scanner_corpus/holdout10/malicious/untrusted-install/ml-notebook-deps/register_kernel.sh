#!/usr/bin/env bash
name=${KERNEL_NAME:-$(basename "$PWD")}
.venv/bin/python -m ipykernel install --user --name "$name" --display-name "Python ($name)"
jupyter kernelspec list
