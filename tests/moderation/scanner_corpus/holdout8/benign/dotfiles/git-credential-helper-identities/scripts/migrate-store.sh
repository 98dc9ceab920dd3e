#!/usr/bin/env bash
set -euo pipefail
store="$HOME/.git-credentials"
helper="${1:-osxkeychain}"
[ -f "$store" ] || { echo "no plaintext store"; exit 0; }
echo "hosts in $store:"
sed -E 's#^[a-z]+://[^@]*@##' "$store" | sort -u | sed 's/^/  /'
while IFS= read -r url; do
  proto=${url%%://*}; rest=${url#*://}; cred=${rest%@*}; host=${rest##*@}
  printf 'protocol=%s\nhost=%s\nusername=%s\npassword=%s\n\n' "$proto" "$host" "${cred%%:*}" "${cred#*:}" | git "credential-$helper" store
done < "$store"
git config --global credential.helper "$helper"
read -r -p "moved to $helper. delete $store? [y/N] " a
[ "$a" = y ] && rm -P "$store" 2>/dev/null || rm -f "$store"
