"""Switch .claude/settings.local.json defaultMode between plan and acceptEdits."""
import argparse
import difflib
import json
import shutil
import sys
from pathlib import Path

ALLOWED = {"plan", "acceptEdits", "default"}
PATH = Path(".claude/settings.local.json")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", nargs="?")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--yes", action="store_true")
    args = ap.parse_args()
    data = json.loads(PATH.read_text()) if PATH.exists() else {}
    current = data.get("permissions", {}).get("defaultMode", "default")
    if args.show or not args.mode:
        print(f"defaultMode: {current}")
        return 0
    if args.mode not in ALLOWED:
        print(f"refusing mode {args.mode!r}; allowed: {sorted(ALLOWED)}", file=sys.stderr)
        return 2
    before = json.dumps(data, indent=2).splitlines()
    data.setdefault("permissions", {})["defaultMode"] = args.mode
    after = json.dumps(data, indent=2).splitlines()
    print("\n".join(difflib.unified_diff(before, after, str(PATH), str(PATH), lineterm="")))
    if not args.yes and input("write? [y/N] ").strip().lower() != "y":
        print("unchanged")
        return 1
    PATH.parent.mkdir(exist_ok=True)
    if PATH.exists():
        shutil.copy2(PATH, PATH.with_suffix(".json.bak"))
    PATH.write_text("\n".join(after) + "\n")
    print(f"defaultMode: {current} -> {args.mode}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
