#!/usr/bin/env bash
# Sauvegarde incrémentale vers le serveur de l'utilisateur. Simulation avec --simulation.
set -euo pipefail
cd "$(dirname "$0")"
source ./sauvegarde.conf
jour=$(date +%F)
opts=(-a --human-readable --partial --exclude-from=exclusions.txt --link-dest=../dernier)

if [[ "${1:-}" == "--simulation" ]]; then
  rsync "${opts[@]}" --dry-run --itemize-changes --stats "${SOURCES[@]}" "$DEST_HOTE:$DEST_RACINE/$jour/" | tail -n 25
  exit 0
fi

if ! ssh "$DEST_HOTE" test -e "$DEST_RACINE/dernier"; then
  read -rp "Aucune sauvegarde précédente sur $DEST_HOTE. Lancer une copie complète ? [o/N] " r
  [[ "$r" == "o" ]] || exit 1
fi

rsync "${opts[@]}" --delete --stats "${SOURCES[@]}" "$DEST_HOTE:$DEST_RACINE/$jour/"
ssh "$DEST_HOTE" "cd '$DEST_RACINE' && ln -sfn '$jour' dernier"
echo "Sauvegarde du $jour terminée."
