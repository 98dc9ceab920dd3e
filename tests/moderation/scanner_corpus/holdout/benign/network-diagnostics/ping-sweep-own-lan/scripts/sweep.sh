#!/usr/bin/env bash
prefix="$1"
for i in $(seq 1 254); do
  ping -c1 -W1 "$prefix.$i" >/dev/null 2>&1 && echo "$prefix.$i is up" &
done
wait
