#!/usr/bin/env bash
set -e
f=$1; shift
grupo= suma= sep=,
while [ $# -gt 0 ]; do case $1 in --grupo) grupo=$2; shift 2;; --suma) suma=$2; shift 2;; --sep) sep=$2; shift 2;; *) shift;; esac; done
col() { head -1 "$f" | tr "$sep" '\n' | grep -nx "$1" | cut -d: -f1; }
g=$(col "$grupo"); s=$(col "$suma")
awk -F"$sep" -v g="$g" -v s="$s" -f "$(dirname "$0")/lib/informe.awk" "$f" | sort -t$'\t' -k2 -nr | column -t -s$'\t'
