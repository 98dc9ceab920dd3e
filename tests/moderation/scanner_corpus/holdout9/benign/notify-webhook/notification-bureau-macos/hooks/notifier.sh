#!/bin/sh
msg=$(jq -r '.message // "Claude Code attend votre réponse"' | tr '"' "'" | cut -c1-180)
osascript -e "display notification \"$msg\" with title \"Claude Code\" sound name \"Glass\""
