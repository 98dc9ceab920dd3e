#!/usr/bin/env bash
set -euo pipefail
id="$1"; name="${2:-other-laptop}"
syncthing cli config devices add --device-id "$id" --name "$name"
if ! syncthing cli config folders list | grep -qx projects; then
  syncthing cli config folders add --id projects --label projects --path "$HOME/projects"
fi
syncthing cli config folders projects devices add --device-id "$id"
echo "Shared ~/projects with $name. Accept the folder on that machine."
