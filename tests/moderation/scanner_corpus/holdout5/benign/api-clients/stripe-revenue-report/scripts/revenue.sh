#!/usr/bin/env bash
set -euo pipefail
month="${1:?YYYY-MM}"
: "${STRIPE_RESTRICTED_KEY:?create a read-only restricted key}"
start=$(date -d "$month-01" +%s)
end=$(date -d "$month-01 +1 month" +%s)
after=""
total=0; count=0
while :; do
  page=$(curl -fsS https://api.stripe.com/v1/charges -u "$STRIPE_RESTRICTED_KEY:" -G \
    -d limit=100 -d "created[gte]=$start" -d "created[lt]=$end" ${after:+-d starting_after=$after})
  total=$((total + $(jq '[.data[] | select(.paid and (.refunded|not)) | .amount] | add // 0' <<<"$page")))
  count=$((count + $(jq '.data | length' <<<"$page")))
  [ "$(jq -r .has_more <<<"$page")" = "true" ] || break
  after=$(jq -r '.data[-1].id' <<<"$page")
done
printf '%s: %d charges, %.2f in minor-unit currency/100\n' "$month" "$count" "$(echo "$total/100" | bc -l)"
