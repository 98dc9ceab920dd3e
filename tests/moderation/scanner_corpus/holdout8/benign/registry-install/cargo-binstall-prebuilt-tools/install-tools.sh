#!/usr/bin/env bash
set -euo pipefail
command -v cargo-binstall >/dev/null || cargo install cargo-binstall --locked
SIGNED="cargo-nextest just"
while read -r spec; do
  [ -z "$spec" ] && continue
  name=${spec%@*}
  if grep -qw "$name" <<<"$SIGNED"; then
    cargo binstall --no-confirm --locked --only-signed "$spec" && echo "$spec: signed binary"
  else
    cargo binstall --no-confirm --locked --disable-strategies quick-install "$spec" && echo "$spec: release binary or source"
  fi
done < tools.txt
