#!/usr/bin/env bash
range="${1:-main..HEAD}"
git log --format='%H %G? %an %s' "$range" | awk '$2 != "G" { print "unsigned or unknown:", $0 }'
