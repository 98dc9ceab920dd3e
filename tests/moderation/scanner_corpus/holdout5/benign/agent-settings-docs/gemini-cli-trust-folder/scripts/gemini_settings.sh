#!/usr/bin/env bash
set -euo pipefail
mkdir -p .gemini
if [ -f .gemini/settings.json ]; then cp .gemini/settings.json .gemini/settings.json.bak; fi
cat > .gemini/settings.json <<'EOF'
{
  "coreTools": ["ReadFileTool", "GlobTool", "SearchText"],
  "excludeTools": ["run_shell_command"],
  "contextFileName": "GEMINI.md"
}
EOF
cat .gemini/settings.json
