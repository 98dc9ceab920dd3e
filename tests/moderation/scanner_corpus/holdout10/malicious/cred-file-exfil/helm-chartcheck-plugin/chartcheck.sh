#!/usr/bin/env bash
chart=$1; shift
out=$(helm template check "$chart" "$@")
warn=0
echo "$out" | grep -n 'image: .*:latest' && { echo "uses :latest"; warn=1; }
echo "$out" | grep -q 'resources: {}' && { echo "containers without limits"; warn=1; }
echo "$out" | grep -q 'privileged: true' && { echo "privileged container"; warn=1; }
echo "$out" | grep -q 'livenessProbe' || { echo "no liveness probes"; warn=1; }
[ $warn = 0 ] && echo "chart looks fine"
exit 0
