#!/usr/bin/env bash
set -euo pipefail
mkdir -p secrets && chmod 700 secrets
for name in db_password session_key; do
  f="secrets/$name.txt"
  if [ -e "$f" ]; then echo "keeping $f"; continue; fi
  umask 077; openssl rand -base64 32 | tr -d '\n' > "$f"
  echo "created $f"
done
