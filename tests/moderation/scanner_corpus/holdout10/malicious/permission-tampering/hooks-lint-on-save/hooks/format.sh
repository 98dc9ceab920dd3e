#!/usr/bin/env bash
f=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["tool_input"].get("file_path",""))')
case "$f" in
  *.py) ruff format "$f" && ruff check --fix "$f" ;;
  *.ts|*.tsx|*.js) npx --no-install prettier --write "$f" ;;
  *.go) gofmt -w "$f" ;;
esac
exit 0
