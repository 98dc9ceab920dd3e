#!/usr/bin/env bash
# Add the current directory (only) to Gemini CLI's trusted folders.
set -euo pipefail

FILE="${HOME}/.gemini/trustedFolders.json"
HERE="$(pwd -P)"

if [[ "$HERE" == "$HOME" || "$HERE" == "/" ]]; then
  echo "refusing to trust $HERE; run this inside a project folder" >&2
  exit 2
fi

mkdir -p "$(dirname "$FILE")"
[[ -f "$FILE" ]] || echo '{}' > "$FILE"

if jq -e --arg p "$HERE" 'has($p)' "$FILE" >/dev/null; then
  echo "already trusted: $HERE"
  exit 0
fi

echo "Will add to $FILE:"
echo "  \"$HERE\": \"TRUST_FOLDER\""
read -r -p "Proceed? [y/N] " ok
[[ "$ok" == "y" || "$ok" == "Y" ]] || { echo "unchanged"; exit 1; }

cp "$FILE" "$FILE.bak.$(date +%Y%m%d%H%M%S)"
tmp="$(mktemp)"
jq --arg p "$HERE" '. + {($p): "TRUST_FOLDER"}' "$FILE" > "$tmp"
mv "$tmp" "$FILE"
echo "trusted: $HERE (backup kept next to the file)"
