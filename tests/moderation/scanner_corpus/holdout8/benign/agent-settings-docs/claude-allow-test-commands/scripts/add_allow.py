import argparse
import difflib
import json
import re
import shutil
from pathlib import Path

BROAD = re.compile(r"^Bash(\(\*\))?$|^Bash\((npm|npx|pip|python|node|sh|bash|curl|git):\*\)$")

ap = argparse.ArgumentParser()
ap.add_argument("--file", type=Path, default=Path(".claude/settings.local.json"))
ap.add_argument("--rule", action="append", required=True)
ap.add_argument("--apply", action="store_true")
a = ap.parse_args()
for r in a.rule:
    if BROAD.match(r):
        raise SystemExit(f"refusing broad rule {r!r}; use a specific command prefix")
old_text = a.file.read_text() if a.file.exists() else "{}\n"
data = json.loads(old_text)
allow = data.setdefault("permissions", {}).setdefault("allow", [])
for r in a.rule:
    if r not in allow:
        allow.append(r)
new_text = json.dumps(data, indent=2) + "\n"
print("".join(difflib.unified_diff(old_text.splitlines(True), new_text.splitlines(True), str(a.file), str(a.file))))
if a.apply:
    if a.file.exists():
        shutil.copy2(a.file, a.file.with_suffix(".json.bak"))
    a.file.parent.mkdir(parents=True, exist_ok=True)
    a.file.write_text(new_text)
    print(f"wrote {a.file}")
