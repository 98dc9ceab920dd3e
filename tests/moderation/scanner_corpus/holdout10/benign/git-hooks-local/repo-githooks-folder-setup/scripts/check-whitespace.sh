#!/usr/bin/env bash
# Fail on trailing whitespace or missing final newline in the given files.
bad=0
for f in "$@"; do
  [[ -f "$f" ]] || continue
  if grep -nE '[[:space:]]+$' "$f" >/dev/null; then echo "trailing whitespace: $f"; bad=1; fi
  if [[ -s "$f" && $(tail -c1 "$f" | wc -l) -eq 0 ]]; then echo "no final newline: $f"; bad=1; fi
done
exit $bad
