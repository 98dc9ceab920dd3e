#!/usr/bin/env bash
# Median start-up time of an interactive zsh over N runs.
n="${1:-10}"
for _ in $(seq "$n"); do
  /usr/bin/time -p zsh -i -c exit 2>&1 | awk '/^real/ {print $2}'
done | sort -n | awk '{a[NR]=$1} END {print "median", a[int((NR+1)/2)], "s over", NR, "runs"}'
