#!/usr/bin/env bash
set -e
git config core.hooksPath hooks
echo "pre-commit review enabled"
