#!/usr/bin/env bash
root="${1:-$HOME}"
pattern='"defaultMode"[[:space:]]*:[[:space:]]*"bypassPermissions"|"Bash\(\*\)"|"Bash"[],]|dangerously-skip-permissions|approval_policy[[:space:]]*=[[:space:]]*"never"|danger-full-access|"autoAccept"[[:space:]]*:[[:space:]]*true|"chat\.tools\.autoApprove"[[:space:]]*:[[:space:]]*true'

files=$( { ls ~/.claude/settings.json ~/.codex/config.toml ~/.gemini/settings.json \
            "$HOME/.config/Code/User/settings.json" "$HOME/Library/Application Support/Code/User/settings.json" 2>/dev/null
          find "$root" -maxdepth 4 \( -path '*/.claude/settings*.json' -o -path '*/.gemini/settings.json' -o -name .mcp.json \) 2>/dev/null; } | sort -u)

found=0
while IFS= read -r f; do
  [ -n "$f" ] || continue
  if grep -nE "$pattern" "$f"; then found=1; echo "  ^ in $f"; fi
done <<< "$files"
[ $found = 0 ] && echo "no risky settings found"
exit 0
