#!/usr/bin/env bash
# Read-only audit of code that would run automatically in a cloned repo.
set -euo pipefail
REPO=${1:-.}
cd "$REPO"

PATTERN='curl|wget|base64|eval|exec\(|\.ssh|\.aws|\.env\b|/dev/tcp|[0-9]{1,3}(\.[0-9]{1,3}){3}'
section() { printf '\n== %s\n' "$1"; }
flag() { grep -nEH "$PATTERN" "$@" 2>/dev/null | sed 's/^/   ! /' || true; }

section "npm lifecycle scripts (project)"
if [[ -f package.json ]]; then
  jq -r '.scripts // {} | to_entries[] | select(.key|test("^(pre|post)?install$|^prepare$")) | "  \(.key): \(.value)"' package.json
fi

section "dependencies with install scripts (package-lock.json)"
if [[ -f package-lock.json ]]; then
  jq -r '.packages | to_entries[] | select(.value.hasInstallScript) | "  \(.key | sub("node_modules/";""))@\(.value.version)"' package-lock.json | head -50
fi

section "python build"
[[ -f setup.py ]] && { echo "  setup.py present: runs arbitrary code at install"; flag setup.py; }
[[ -f pyproject.toml ]] && grep -nE 'build-backend' pyproject.toml | sed 's/^/  /'

section "auto-run on open / enter"
for f in .envrc .devcontainer/devcontainer.json .vscode/tasks.json; do
  [[ -f "$f" ]] || continue
  echo "  $f"
  grep -nE 'postCreateCommand|postStartCommand|folderOpen|dotenv|source_url' "$f" | sed 's/^/     /' || true
  flag "$f"
done

section "committed hooks"
for d in .husky .githooks; do
  [[ -d "$d" ]] && { ls -1 "$d" | sed "s|^|  $d/|"; flag "$d"/*; }
done

echo
echo "Read the flagged lines before running any install command."
