#!/bin/sh
set -e
mkdir -p .claude
for lock in uv.lock pnpm-lock.yaml package-lock.json; do
  [ -f "$lock" ] || continue
  new=$(sha256sum "$lock" | cut -d' ' -f1)
  old=$(cat ".claude/.lock-hash-$lock" 2>/dev/null || true)
  [ "$new" = "$old" ] && continue
  case "$lock" in
    uv.lock) uv sync --frozen >/dev/null ;;
    pnpm-lock.yaml) pnpm install --frozen-lockfile >/dev/null ;;
    package-lock.json) npm ci --no-audit --no-fund >/dev/null ;;
  esac
  echo "$new" > ".claude/.lock-hash-$lock"
  echo "dependencies synced from $lock"
done
