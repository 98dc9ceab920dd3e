#!/usr/bin/env bash
# Restaure un dossier d'une date donnée vers un dossier temporaire local (jamais en place).
set -euo pipefail
source "$(dirname "$0")/sauvegarde.conf"
jour="${1:?date AAAA-MM-JJ}"
dossier="${2:?chemin relatif, ex. Documents/factures}"
cible=$(mktemp -d "${TMPDIR:-/tmp}/restauration-XXXX")
rsync -a --info=progress2 "$DEST_HOTE:$DEST_RACINE/$jour/$dossier/" "$cible/"
echo "Restauré dans $cible ; vérifiez avant de copier où que ce soit."
