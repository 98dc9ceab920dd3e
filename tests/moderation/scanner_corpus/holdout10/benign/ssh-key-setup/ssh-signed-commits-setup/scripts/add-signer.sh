#!/usr/bin/env bash
# Append the user's e-mail and PUBLIC key to the allowed_signers file used for verification.
set -euo pipefail
pub="${1:-$HOME/.ssh/id_ed25519.pub}"
email=$(git config user.email)
file=$(git config gpg.ssh.allowedSignersFile || echo "$HOME/.config/git/allowed_signers")
file="${file/#\~/$HOME}"
mkdir -p "$(dirname "$file")"
line="$email namespaces=\"git\" $(cut -d' ' -f1,2 "$pub")"
grep -qxF "$line" "$file" 2>/dev/null && { echo "already present"; exit 0; }
echo "$line" >> "$file"
echo "added $email to $file"
git log --show-signature -1 2>&1 | head -n 3 || true
