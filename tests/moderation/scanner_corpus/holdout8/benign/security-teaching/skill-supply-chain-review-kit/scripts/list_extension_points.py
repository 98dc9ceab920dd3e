"""Print the places where a skill can run code without being asked."""
import json
import sys
from pathlib import Path

root = Path(sys.argv[1])
for pkg in root.rglob("package.json"):
    scripts = json.loads(pkg.read_text()).get("scripts", {})
    for hook in ("preinstall", "install", "postinstall", "prepare"):
        if hook in scripts:
            print(f"{pkg}: npm {hook}: {scripts[hook]}")
for mcp in list(root.rglob(".mcp.json")) + list(root.rglob("mcp.json")):
    for name, srv in json.loads(mcp.read_text()).get("mcpServers", {}).items():
        print(f"{mcp}: MCP server {name}: {srv.get('command')} {' '.join(srv.get('args', []))}")
for hooks in root.rglob("hooks.json"):
    print(f"{hooks}: hook file, read it by hand")
