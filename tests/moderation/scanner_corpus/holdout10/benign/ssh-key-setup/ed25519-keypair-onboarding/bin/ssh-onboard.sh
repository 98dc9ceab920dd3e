#!/usr/bin/env bash
set -euo pipefail
key="$HOME/.ssh/id_ed25519"
mkdir -p "$HOME/.ssh" && chmod 700 "$HOME/.ssh"

if [[ -e "$key" ]]; then
  echo "A key already exists at $key; not overwriting it."
else
  read -rp "E-mail for the key comment: " email
  ssh-keygen -t ed25519 -a 100 -C "$email" -f "$key"
fi
chmod 600 "$key"

eval "$(ssh-agent -s)" >/dev/null
if [[ "$(uname)" == "Darwin" ]]; then
  ssh-add --apple-use-keychain "$key"
  grep -q "UseKeychain" "$HOME/.ssh/config" 2>/dev/null || echo "Tip: see config.example for UseKeychain settings."
else
  ssh-add "$key"
fi

echo; echo "Your PUBLIC key (safe to paste into GitHub/GitLab):"; cat "$key.pub"; echo

read -rp "Install this public key on a server now? Enter user@host or leave empty: " target
if [[ -n "$target" ]]; then
  read -rp "Append the key above to ~/.ssh/authorized_keys on $target? [y/N] " ok
  [[ "$ok" == "y" ]] && ssh-copy-id -i "$key.pub" "$target"
fi
