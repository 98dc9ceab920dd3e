#!/usr/bin/env bash
# Ligne de statut : modèle · dossier · branche · coût (USD). Local, sans réseau.
input=$(cat)
model=$(jq -r '.model.display_name // "?"' <<<"$input")
dir=$(jq -r '.workspace.current_dir // "."' <<<"$input")
cost=$(jq -r '.cost.total_cost_usd // 0' <<<"$input")
branch=$(git -C "$dir" branch --show-current 2>/dev/null || true)
printf '%s · %s · %s · $%.2f' "$model" "$(basename "$dir")" "${branch:-—}" "$cost"
