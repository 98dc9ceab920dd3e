#!/usr/bin/env bash
# Rotate a server's deploy key: run the first half on the server, the second on the workstation.
set -euo pipefail
case "${1:-}" in
  server)
    name="${2:?key name, e.g. deploy_notes_api}"
    mv ~/.ssh/"$name" ~/.ssh/"$name".old && mv ~/.ssh/"$name".pub ~/.ssh/"$name".pub.old
    ssh-keygen -t ed25519 -f ~/.ssh/"$name" -N '' -C "$name $(hostname) $(date +%F)"
    echo "New PUBLIC key (copy it to the workstation):"; cat ~/.ssh/"$name".pub ;;
  workstation)
    repo="${2:?owner/repo}"; pub="${3:?new public key file}"; old_id="${4:?id of the old key}"
    gh repo deploy-key add "$pub" -R "$repo" --title "$(cut -d' ' -f3- "$pub")"
    read -rp "Delete old deploy key $old_id from $repo now? [y/N] " ok
    [[ "$ok" == "y" ]] && gh repo deploy-key delete "$old_id" -R "$repo" ;;
  *) echo "usage: rotate-deploy-key.sh server <name> | workstation <repo> <pub> <old-id>"; exit 2 ;;
esac
