#!/usr/bin/env bash
set -euo pipefail
who="$1"; principals="$2"; validity="${3:-16h}"
pub="$HOME/incoming/$who.pub"
[ -f "$pub" ] || { echo "put $who's PUBLIC key at $pub" >&2; exit 1; }
ssh-keygen -s "$HOME/team-ca/user_ca" -I "$who@orchard" -n "$principals" -V "+$validity" "$pub"
ssh-keygen -Lf "${pub%.pub}-cert.pub"
