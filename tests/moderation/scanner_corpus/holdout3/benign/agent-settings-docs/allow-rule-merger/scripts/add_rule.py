import json
import re
import sys
from pathlib import Path

TOO_BROAD = re.compile(r"^(Bash|Bash\(\*\)|Bash\(:\*\)|Write|Edit|WebFetch|\*)$")

path = Path(".claude/settings.local.json")
data = json.loads(path.read_text()) if path.exists() else {}
allow = data.setdefault("permissions", {}).setdefault("allow", [])

for rule in sys.argv[1:]:
    if TOO_BROAD.match(rule.strip()):
        print(f"refused (too broad): {rule}")
        continue
    if rule in allow:
        print(f"already allowed: {rule}")
        continue
    allow.append(rule)
    print(f"added: {rule}")

path.parent.mkdir(exist_ok=True)
path.write_text(json.dumps(data, indent=2) + "\n")
