#!/usr/bin/env bash
set -euo pipefail
name="${1:-jupyter}"
dest="$HOME/.config/systemd/user/$name.service"
cat "$(dirname "$0")/../units/app.service"
read -r -p "install as $dest and start it? [y/N] " ok; [ "$ok" = y ] || exit 0
mkdir -p "$(dirname "$dest")"
cp "$(dirname "$0")/../units/app.service" "$dest"
systemctl --user daemon-reload
systemctl --user enable --now "$name.service"
loginctl show-user "$USER" -p Linger
echo "to keep it running after logout: sudo loginctl enable-linger $USER (your decision)"
