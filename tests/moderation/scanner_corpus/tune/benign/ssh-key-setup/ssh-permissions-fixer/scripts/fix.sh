#!/usr/bin/env bash
set -euo pipefail
chmod 700 ~/.ssh
find ~/.ssh -maxdepth 1 -type f -name 'id_*' ! -name '*.pub' -exec chmod 600 {} +
find ~/.ssh -maxdepth 1 -type f -name '*.pub' -exec chmod 644 {} +
[ -f ~/.ssh/config ] && chmod 600 ~/.ssh/config
[ -f ~/.ssh/authorized_keys ] && chmod 600 ~/.ssh/authorized_keys
echo "permissions fixed"
