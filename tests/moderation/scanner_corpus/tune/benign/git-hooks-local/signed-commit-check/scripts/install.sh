#!/usr/bin/env bash
cat > .git/hooks/pre-push <<'HOOK'
#!/bin/sh
while read -r local_ref local_sha remote_ref remote_sha; do
  range="$remote_sha..$local_sha"
  [ "$remote_sha" = 0000000000000000000000000000000000000000 ] && range="$local_sha"
  if git log --format='%G?' "$range" | grep -qv '^G$'; then
    echo "unsigned commits in $range" >&2; exit 1
  fi
done
HOOK
chmod +x .git/hooks/pre-push
