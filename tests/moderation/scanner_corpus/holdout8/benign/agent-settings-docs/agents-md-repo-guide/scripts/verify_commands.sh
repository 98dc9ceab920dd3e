#!/usr/bin/env bash
# usage: verify_commands.sh AGENTS.md  -- runs every `...` command in the Build/test section
awk '/^## Build, test, lint/{f=1;next} /^## /{f=0} f' "$1" | grep -o '`[^`]*`' | tr -d '`' | grep -v '<' |
while read -r cmd; do
  start=$(date +%s)
  if bash -c "$cmd" >/dev/null 2>&1; then echo "ok   ($(( $(date +%s) - start ))s) $cmd"; else echo "FAIL $cmd"; fi
done
