#!/usr/bin/env bash
rsync -a --delete ~/Documents/ /media/sauvegarde/Documents/ && touch ~/.derniere-sauvegarde
echo "sauvegarde terminée le $(date '+%d/%m/%Y à %H:%M')"
