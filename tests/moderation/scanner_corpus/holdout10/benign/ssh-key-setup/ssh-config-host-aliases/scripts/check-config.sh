#!/usr/bin/env bash
# Show how ssh resolves each alias in a candidate config, without connecting.
set -euo pipefail
cfg="${1:?candidate config file}"
for host in $(awk '/^Host / {for (i = 2; i <= NF; i++) if ($i !~ /[*?]/) print $i}' "$cfg" | sort -u); do
  echo "== $host"
  ssh -G -F "$cfg" "$host" | grep -E '^(hostname|user|identityfile|proxyjump|forwardagent|stricthostkeychecking) '
done
