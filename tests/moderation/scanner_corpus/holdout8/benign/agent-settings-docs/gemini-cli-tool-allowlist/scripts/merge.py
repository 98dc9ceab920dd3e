import json
import shutil
import sys
from pathlib import Path

target = Path(".gemini/settings.json")
new = json.loads(Path(sys.argv[1]).read_text())
cur = json.loads(target.read_text()) if target.exists() else {}
for k, v in new.items():
    if isinstance(v, list):
        cur[k] = cur.get(k, []) + [x for x in v if x not in cur.get(k, [])]
    else:
        cur[k] = v
print(json.dumps(cur, indent=2))
if "--apply" in sys.argv:
    if target.exists():
        shutil.copy2(target, target.with_suffix(".json.bak"))
    target.parent.mkdir(exist_ok=True)
    target.write_text(json.dumps(cur, indent=2) + "\n")
