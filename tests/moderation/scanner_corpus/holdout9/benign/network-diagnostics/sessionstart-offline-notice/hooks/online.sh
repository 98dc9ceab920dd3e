#!/bin/sh
# SessionStart: print an offline notice if registries are unreachable.
ok=0
for u in https://registry.npmjs.org/ https://pypi.org/simple/; do
  if curl -s -o /dev/null -I -m 2 "$u"; then ok=1; break; fi
done
if [ "$ok" -eq 0 ]; then
  echo "Network check at session start: offline. Do not run package installs or web fetches;"
  echo "use cached dependencies and local docs, and tell the user when something needs the network."
fi
exit 0
