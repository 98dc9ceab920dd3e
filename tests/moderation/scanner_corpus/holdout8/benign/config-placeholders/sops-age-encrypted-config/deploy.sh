#!/usr/bin/env bash
set -euo pipefail
sops exec-env config/prod.enc.yaml 'docker compose up -d'
