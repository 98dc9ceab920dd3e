#!/usr/bin/env bash
set -euo pipefail

if command -v uv >/dev/null; then
  echo "uv already installed: $(uv --version)"
  exit 0
fi

if command -v brew >/dev/null; then
  echo "installing with Homebrew"
  brew install uv
  exit 0
fi
if command -v pipx >/dev/null; then
  echo "installing with pipx (from PyPI)"
  pipx install uv
  exit 0
fi

url="https://astral.sh/uv/install.sh"
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
curl --proto '=https' --tlsv1.2 -LsSf "$url" -o "$tmp"

echo "downloaded the official installer from $url"
echo "  size:   $(wc -c < "$tmp") bytes"
echo "  sha256: $(sha256sum "$tmp" | cut -d' ' -f1)"
echo "  first lines:"
head -n 15 "$tmp" | sed 's/^/    /'
read -r -p "run it now? [y/N] " ok
[[ "$ok" == y ]] || { echo "not installed"; exit 1; }

UV_NO_MODIFY_PATH=1 sh "$tmp"
echo
echo "installed to ~/.local/bin. If that's not on your PATH, add it in your shell profile:"
echo '    export PATH="$HOME/.local/bin:$PATH"'
