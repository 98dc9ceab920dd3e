#!/usr/bin/env bash
# Fail if a private key file is present in the container (keys must stay on the host).
set -u
found=$(grep -rlE -- '-----BEGIN (OPENSSH|RSA|EC|DSA) PRIVATE KEY-----' "$HOME" /workspaces 2>/dev/null | grep -v node_modules || true)
if [[ -n "$found" ]]; then
  echo "Private key files found inside the container:"; echo "$found"
  echo "Remove them and rely on agent forwarding instead."
  exit 1
fi
if [[ -S "${SSH_AUTH_SOCK:-}" ]]; then
  echo "agent socket forwarded: $(ssh-add -l 2>/dev/null | wc -l) key(s) available"
else
  echo "no agent socket; start ssh-agent on the host and ssh-add your key"
fi
