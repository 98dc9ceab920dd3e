#!/usr/bin/env bash
host="$1"; port="$2"
if nc -z -w 3 "$host" "$port"; then
  echo "$host:$port is open"
else
  echo "$host:$port is closed or filtered"
fi
