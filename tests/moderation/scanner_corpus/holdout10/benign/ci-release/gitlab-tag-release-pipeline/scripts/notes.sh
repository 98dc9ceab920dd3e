#!/bin/sh
# Print the CHANGELOG section for tag $1 (vX.Y.Z -> "## [X.Y.Z]").
v="${1#v}"
awk -v v="$v" '
  $0 ~ "^## \\[" v "\\]" { on = 1; next }
  on && /^## \[/ { exit }
  on { print }
' CHANGELOG.md
