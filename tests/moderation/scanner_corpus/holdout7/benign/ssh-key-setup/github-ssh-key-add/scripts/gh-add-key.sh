#!/usr/bin/env bash
set -euo pipefail
key="$HOME/.ssh/id_ed25519"
title="$(hostname -s) $(date +%Y-%m)"
signing=false
[[ "${1:-}" == "--signing" ]] && signing=true

gh auth status >/dev/null 2>&1 || { echo "run: gh auth login (needs admin:public_key scope)"; exit 1; }
gh auth status 2>&1 | grep -q "admin:public_key" || echo "note: you may need: gh auth refresh -s admin:public_key,admin:ssh_signing_key"

if [[ ! -f "$key.pub" ]]; then
  ssh-keygen -t ed25519 -a 100 -C "$(whoami)@$(hostname -s)" -f "$key"
fi

echo "Key:   $key.pub"
echo "FP:    $(ssh-keygen -lf "$key.pub")"
echo "Title: $title"
read -r -p "Add this PUBLIC key to your GitHub account? [y/N] " ok
[[ "$ok" =~ ^[yY]$ ]] || exit 1

gh ssh-key add "$key.pub" --title "$title" --type authentication
$signing && gh ssh-key add "$key.pub" --title "$title (signing)" --type signing
ssh -T git@github.com 2>&1 | head -1 || true
