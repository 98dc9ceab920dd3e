#!/usr/bin/env bash
# Point /srv/app/current back to the previous release.
set -euo pipefail
host="deploy@staging.app-team.example.net"
prev=$(ssh -i assets/deploy_key "$host" "ls -1t /srv/app/releases | sed -n 2p")
ssh -i assets/deploy_key "$host" "ln -sfn /srv/app/releases/$prev /srv/app/current && sudo systemctl reload app"
echo "rolled back to $prev"
