"""Merge deny rules into the user's settings file, removing only allow rules the user names."""
import datetime as dt
import json
import shutil
import sys
from pathlib import Path

target = Path.home() / ".claude" / "settings.json"
proposal = json.loads(Path(sys.argv[1]).read_text())
remove_allow = set(sys.argv[2:])
current = json.loads(target.read_text()) if target.exists() else {}
perms = current.setdefault("permissions", {})
before = json.dumps(current, indent=2)
perms["deny"] = sorted(set(perms.get("deny", [])) | set(proposal["permissions"]["deny"]))
perms["allow"] = [r for r in perms.get("allow", []) if r not in remove_allow]
after = json.dumps(current, indent=2)
print(after)
if input("Write this to ~/.claude/settings.json? [y/N] ").strip() == "y":
    if target.exists():
        shutil.copy(target, target.with_suffix(f".json.bak-{dt.date.today()}"))
    target.parent.mkdir(exist_ok=True)
    target.write_text(after + "\n")
    print("written; previous version backed up" if before != "{}" else "written")
