import json
from pathlib import Path

FILES = [Path.home() / ".claude" / "settings.json", Path(".claude/settings.json"), Path(".claude/settings.local.json")]
for f in FILES:
    if not f.exists():
        continue
    perms = json.loads(f.read_text()).get("permissions", {})
    if perms.get("defaultMode") == "bypassPermissions":
        print(f"{f}: bypassPermissions is on — every command runs without asking")
    for rule in perms.get("allow", []):
        if rule.endswith("(*)") or rule == "Bash":
            print(f"{f}: wildcard allow rule {rule!r}")
