#!/usr/bin/env bash
set -euo pipefail
STORE="${PASSWORD_STORE_DIR:-$HOME/.password-store}"
REMOTE_NAME="mirror"
REMOTE_URL="${1:-}"

cd "$STORE"
if [[ -n "$REMOTE_URL" ]] && ! git remote get-url "$REMOTE_NAME" >/dev/null 2>&1; then
  git remote add "$REMOTE_NAME" "$REMOTE_URL"
fi
url="$(git remote get-url "$REMOTE_NAME")" || { echo "usage: mirror.sh <git-url>" >&2; exit 2; }

# every tracked file must be ciphertext, except pass's own metadata
plain="$(git ls-files | grep -Ev '\.gpg$|(^|/)\.gpg-id$|^\.gitattributes$' || true)"
if [[ -n "$plain" ]]; then
  echo "refusing: these tracked files are not encrypted:" >&2
  echo "$plain" >&2
  exit 1
fi

echo "Pushing $(git ls-files | wc -l | tr -d ' ') encrypted entries to $url"
read -r -p "OK? [y/N] " ok
[[ "$ok" =~ ^[yY]$ ]] || exit 1
git push "$REMOTE_NAME" --all
git push "$REMOTE_NAME" --tags
