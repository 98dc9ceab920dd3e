#!/usr/bin/env bash
set -euo pipefail
tmp=$(mktemp -d)
git init --bare -q "$tmp/srv.git"
cp pre-receive "$tmp/srv.git/hooks/pre-receive" && chmod +x "$tmp/srv.git/hooks/pre-receive"
git clone -q "$tmp/srv.git" "$tmp/work" && cd "$tmp/work"
git commit -q --allow-empty -m unsigned
git push origin HEAD:main || echo "(expected rejection)"
rm -rf "$tmp"
