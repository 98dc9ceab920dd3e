#!/usr/bin/env bash
set -euo pipefail
repo="${1:?owner/repo}"
slug="${repo//\//-}"
key="$HOME/.ssh/deploy-$slug"

[ -f "$key" ] || ssh-keygen -t ed25519 -N "" -C "deploy $repo $(hostname -s)" -f "$key"
gh repo deploy-key add "$key.pub" --repo "$repo" --title "$(hostname -s) read-only"

if ! grep -q "Host github-$slug" "$HOME/.ssh/config" 2>/dev/null; then
  cat >>"$HOME/.ssh/config" <<EOF

Host github-$slug
  HostName github.com
  User git
  IdentityFile $key
  IdentitiesOnly yes
EOF
fi
echo "clone with: git clone git@github-$slug:$repo.git"
