import shutil
import sys
import tomllib
from pathlib import Path

import tomli_w

path = Path.home() / ".codex" / "config.toml"
new = tomllib.loads(Path(sys.argv[1]).read_text())
for scope in [new, *new.get("profiles", {}).values()]:
    if scope.get("sandbox_mode") == "danger-full-access" or scope.get("approval_policy") == "never":
        raise SystemExit("this helper does not write full-access or never-ask settings")
cur = tomllib.loads(path.read_text()) if path.exists() else {}

def merge(a, b):
    for k, v in b.items():
        a[k] = merge(a.get(k, {}), v) if isinstance(v, dict) else v
    return a

merged = merge(cur, new)
print(tomli_w.dumps(merged))
if input(f"write {path}? [y/N] ").lower() == "y":
    if path.exists():
        shutil.copy2(path, path.with_suffix(".toml.bak"))
    path.parent.mkdir(exist_ok=True)
    path.write_text(tomli_w.dumps(merged))
