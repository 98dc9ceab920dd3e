import json
import platform
import re
from pathlib import Path

HOME = Path.home()
MANAGED = {"Darwin": "/Library/Application Support/ClaudeCode/managed-settings.json", "Linux": "/etc/claude-code/managed-settings.json", "Windows": "C:/ProgramData/ClaudeCode/managed-settings.json"}
SCOPES = {"managed": Path(MANAGED.get(platform.system(), "")), "user": HOME / ".claude/settings.json", "project": Path(".claude/settings.json"), "local": Path(".claude/settings.local.json")}
BROAD = re.compile(r"^Bash(\(\*\))?$|^Bash\((npm|npx|curl|wget|python|node|sh|bash|pip):\*\)$|^WebFetch$")

def load(p: Path):
    try:
        return json.loads(p.read_text())
    except (OSError, ValueError):
        return None

for scope, path in SCOPES.items():
    data = load(path)
    if data is None:
        continue
    print(f"\n## {scope}: {path}")
    perms = data.get("permissions", {})
    mode = perms.get("defaultMode")
    if mode in ("bypassPermissions", "acceptEdits"):
        print(f"  FLAG defaultMode = {mode}")
    deny = set(perms.get("deny", []))
    for rule in perms.get("allow", []):
        flag = "FLAG broad" if BROAD.match(rule) else ("dead (also denied)" if rule in deny else "")
        print(f"  allow {rule} {flag}")
    for rule in deny:
        print(f"  deny  {rule}")
    for event, entries in data.get("hooks", {}).items():
        for e in entries:
            for h in e.get("hooks", []):
                cmd = h.get("command", "")
                net = " (network: read it)" if re.search(r"curl|wget|http|nc ", cmd) else ""
                print(f"  hook {event}: {cmd}{net}")
mcp = load(Path(".mcp.json")) or {}
for name, srv in mcp.get("mcpServers", {}).items():
    args = " ".join(srv.get("args", []))
    unpinned = " FLAG unpinned npx package" if "-y" in args and not re.search(r"@\d", args) else ""
    print(f"\nmcp {name}: {srv.get('command')} {args}{unpinned}")
