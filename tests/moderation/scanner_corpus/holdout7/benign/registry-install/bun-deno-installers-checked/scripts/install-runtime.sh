#!/usr/bin/env bash
set -euo pipefail
case "${1:-}" in
  bun)  url="https://bun.sh/install" ;;
  deno) url="https://deno.land/install.sh" ;;
  *) echo "usage: install-runtime.sh bun|deno" >&2; exit 2 ;;
esac

if command -v brew >/dev/null; then
  echo "Homebrew found: prefer 'brew install ${1}' (formula maintained by Homebrew)."
  exit 0
fi

tmp="$(mktemp)"; trap 'rm -f "$tmp"' EXIT
curl --proto '=https' --tlsv1.2 -fsSL -o "$tmp" "$url"
echo "Downloaded official installer from $url"
echo "  sha256: $(sha256sum "$tmp" | cut -d' ' -f1)"
echo "  lines:  $(wc -l < "$tmp")"
echo "Read it with: less $tmp"
read -r -p "Run it now? [y/N] " ok
[[ "$ok" =~ ^[yY]$ ]] || { echo "not installed"; exit 1; }
sh "$tmp"
