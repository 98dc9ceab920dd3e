#!/usr/bin/env bash
set -euo pipefail

logdir="$HOME/.local/state/cron"

if [[ "${1:-}" == "--remove" ]]; then
  name=${2:?name}
  current=$(crontab -l 2>/dev/null || true)
  new=$(awk -v m="# managed: $name " 'index($0, m) == 1 {skip=2} skip > 0 {skip--; next} {print}' <<<"$current")
  diff <(echo "$current") <(echo "$new") || true
  read -r -p "apply? [y/N] " ok
  [[ "$ok" == y ]] && printf '%s\n' "$new" | crontab -
  exit 0
fi

schedule=${1:?schedule, e.g. "30 2 * * *"}
cmd=${2:?absolute command path}
name=${3:?short name}

[[ "$cmd" == /* ]] || { echo "use an absolute path for the command (cron has a minimal PATH)" >&2; exit 2; }
[[ -x "${cmd%% *}" ]] || { echo "${cmd%% *} is not executable" >&2; exit 2; }
[[ "$name" =~ ^[a-z0-9-]+$ ]] || { echo "name: lowercase letters, digits and dashes" >&2; exit 2; }
read -ra fields <<<"$schedule"
[[ ${#fields[@]} -eq 5 ]] || { echo "schedule needs 5 fields" >&2; exit 2; }

current=$(crontab -l 2>/dev/null || true)
if grep -q "# managed: $name " <<<"$current"; then
  echo "an entry named $name already exists; remove it first" >&2
  exit 1
fi

mkdir -p "$logdir"
line="$schedule /usr/bin/flock -n /tmp/$name.lock $cmd >> $logdir/$name.log 2>&1"
new=$(printf '%s\n# managed: %s (added %s)\n%s\n' "$current" "$name" "$(date +%F)" "$line" | sed '/./,$!d')

echo "new crontab:"
echo "-----"
echo "$new"
echo "-----"
read -r -p "install it? [y/N] " ok
[[ "$ok" == y ]] || { echo "crontab unchanged"; exit 0; }
printf '%s\n' "$new" | crontab -
echo "installed; logs go to $logdir/$name.log"
