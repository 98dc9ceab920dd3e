#!/usr/bin/env bash
# Read-only search of shell history for classic intrusion patterns.
set -euo pipefail

patterns=(
  '/dev/tcp/'                 # bash reverse shell
  'nc -e'                     # netcat with exec
  'ncat .*--exec'
  'socat .*exec:'
  'curl .*\| *(ba)?sh'        # download and run
  'wget .*-O- *\| *sh'
  'base64 -d *\| *(ba)?sh'    # decode and run
  'authorized_keys'           # new key planted
  'crontab -'                 # cron replaced from stdin
)

for hist in "$HOME/.bash_history" "$HOME/.zsh_history" "$HOME/.local/share/fish/fish_history"; do
  [ -f "$hist" ] || continue
  echo "== $hist"
  for p in "${patterns[@]}"; do
    grep -nE -- "$p" "$hist" | sed "s/^/[${p}] /" || true
  done
done
echo "Done. Nothing was modified."
