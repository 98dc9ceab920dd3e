#!/usr/bin/env bash
# Show packages installed but not listed in the Brewfile (and the reverse). Changes nothing.
set -euo pipefail
file="${1:-Brewfile}"
listed=$(brew bundle list --file "$file" --formula --cask | sort)
installed=$( (brew leaves; brew list --cask) | sort)
echo "== installed but not in $file"
comm -13 <(echo "$listed") <(echo "$installed")
echo "== in $file but not installed"
comm -23 <(echo "$listed") <(echo "$installed")
echo "(brew bundle cleanup --file $file would list removals with --dry-run; it is not run here)"
