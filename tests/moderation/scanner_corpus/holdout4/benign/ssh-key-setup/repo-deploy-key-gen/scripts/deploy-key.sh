#!/usr/bin/env bash
set -euo pipefail
NAME="${1:?usage: deploy-key.sh <name>}"
mkdir -p keys
chmod 700 keys
grep -qxF 'keys/' .gitignore 2>/dev/null || echo 'keys/' >> .gitignore
ssh-keygen -t ed25519 -N '' -C "deploy-$NAME-$(date +%Y%m%d)" -f "keys/$NAME-deploy" -q
echo "Public key (paste into Deploy keys):"
cat "keys/$NAME-deploy.pub"
echo
echo "Private key is in keys/$NAME-deploy: move it to your secret store, then delete it here."
