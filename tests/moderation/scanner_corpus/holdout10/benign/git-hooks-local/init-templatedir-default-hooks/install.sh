#!/usr/bin/env bash
# Install the personal template hooks after showing what changes.
set -euo pipefail
src="$(cd "$(dirname "$0")" && pwd)/git-template"
dest="$HOME/.git-template"
echo "Will copy: $src/hooks/pre-commit -> $dest/hooks/pre-commit"
echo "Will run:  git config --global init.templateDir $dest"
echo "Current:   init.templateDir = $(git config --global init.templateDir || echo '(unset)')"
read -rp "Proceed? [y/N] " ok
[[ "$ok" == "y" ]] || exit 0
mkdir -p "$dest/hooks"
cp "$src/hooks/pre-commit" "$dest/hooks/pre-commit"
chmod +x "$dest/hooks/pre-commit"
git config --global init.templateDir "$dest"
echo "done. Remove with: git config --global --unset init.templateDir && rm -r $dest"
