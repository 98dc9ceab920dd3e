#!/usr/bin/env bash
set -euo pipefail
root="${1:?projects folder}"
mapfile -t dirs < <(find "$root" -type d -name node_modules -prune)
[ "${#dirs[@]}" -eq 0 ] && { echo "nothing to do"; exit 0; }
du -sh "${dirs[@]}" | sort -h
echo "Total: $(du -shc "${dirs[@]}" | tail -1 | cut -f1) in ${#dirs[@]} folders"
read -r -p "Delete all of these? Type yes: " answer
[ "$answer" = "yes" ] || { echo "cancelled"; exit 1; }
for d in "${dirs[@]}"; do
  rm -rf -- "$d"
done
echo "done"
