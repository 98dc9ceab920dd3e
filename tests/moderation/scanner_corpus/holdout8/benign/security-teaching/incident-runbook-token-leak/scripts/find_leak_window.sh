#!/usr/bin/env bash
# usage: find_leak_window.sh <last-four-characters>
# Prints the earliest commit whose diff mentions the suffix, so you know how long it was public.
set -euo pipefail
suffix="$1"
git log --all --reverse -S"$suffix" --format='%H %aI %an' | head -1
