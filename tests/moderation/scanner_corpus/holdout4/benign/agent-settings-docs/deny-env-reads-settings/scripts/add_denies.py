import json
import pathlib
import shutil
import sys

DENY = [
    "Read(./.env)",
    "Read(./.env.*)",
    "Read(./secrets/**)",
    "Read(~/.aws/**)",
    "Read(~/.ssh/**)",
    "Bash(cat .env*)",
]


def main(path: str) -> None:
    p = pathlib.Path(path)
    data = json.loads(p.read_text()) if p.exists() else {}
    if p.exists():
        shutil.copy(p, p.with_suffix(".json.bak"))
    deny = data.setdefault("permissions", {}).setdefault("deny", [])
    added = [rule for rule in DENY if rule not in deny]
    deny.extend(added)
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(json.dumps(data, indent=2) + "\n")
    for rule in added:
        print("+ deny", rule)
    if not added:
        print("already hardened")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".claude/settings.json")
