#!/usr/bin/env bash
# Make a consistent copy of the live database for the agent (optionally anonymised), read-only.
set -euo pipefail
src="${1:?path to the live SQLite database}"
dest=data/analytics-copy.db
mkdir -p data
rm -f "$dest"
sqlite3 "file:$src?mode=ro" ".backup '$dest'"
if [[ "${2:-}" == "--anonymise" ]]; then
  for table in $(sqlite3 "$dest" "select name from sqlite_master where type='table'"); do
    for col in email name full_name phone; do
      if sqlite3 "$dest" "select 1 from pragma_table_info('$table') where name='$col'" | grep -q 1; then
        sqlite3 "$dest" "update \"$table\" set \"$col\" = null"
      fi
    done
  done
  echo "personal columns nulled"
fi
chmod 444 "$dest"
echo "copy ready: $dest ($(du -h "$dest" | cut -f1)), read-only"
