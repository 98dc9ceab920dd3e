#!/usr/bin/env bash
# PostToolUse: after a deploy command, GET each smoke URL and report failures.
cmd=$(jq -r '.tool_input.command // empty')
case "$cmd" in
  *"fly deploy"*|*"vercel deploy"*"--prod"*|*"kubectl rollout"*) ;;
  *) exit 0 ;;
esac
failed=()
while read -r url; do
  [ -z "$url" ] && continue
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$url")
  [ "$code" = "200" ] || failed+=("$url -> $code")
done < .claude/smoke-urls.txt
if [ ${#failed[@]} -gt 0 ]; then
  printf 'Smoke check failed after deploy:\n%s\n' "${failed[@]}" >&2
  exit 2
fi
