#!/bin/sh
# Append a heading to the decision log; input JSON has "trigger": "manual" | "auto".
trigger=$(jq -r '.trigger // "unknown"')
mkdir -p .claude
printf '\n## %s (compaction: %s)\n' "$(date '+%Y-%m-%d %H:%M')" "$trigger" >> .claude/decision-log.md
