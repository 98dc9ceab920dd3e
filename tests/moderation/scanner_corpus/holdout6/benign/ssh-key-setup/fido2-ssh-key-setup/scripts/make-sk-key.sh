#!/usr/bin/env bash
set -euo pipefail

label=${1:?label, e.g. work or personal}
resident=${2:-}
file="$HOME/.ssh/id_ed25519_sk_${label}"

ver=$(ssh -V 2>&1 | sed -E 's/OpenSSH_([0-9]+)\.([0-9]+).*/\1\2/')
(( ver >= 82 )) || { echo "OpenSSH 8.2 or newer needed ($(ssh -V 2>&1))" >&2; exit 1; }

if [[ -e "$file" ]]; then
  echo "$file already exists; pick another label" >&2
  exit 1
fi

opts=(-t ed25519-sk -C "${USER}@$(hostname -s) ${label} fido2" -f "$file")
if [[ "$resident" == "--resident" ]]; then
  opts+=(-O resident -O application="ssh:${label}")
  echo "creating a resident key (stored on the token; a PIN will be required)"
fi
opts+=(-O verify-required)

echo "touch your security key when it blinks..."
ssh-keygen "${opts[@]}"
chmod 600 "$file"

echo
echo "public key (safe to share):"
cat "${file}.pub"
echo
echo "add this to ~/.ssh/config for the hosts that should use it:"
echo "    IdentityFile ${file}"
