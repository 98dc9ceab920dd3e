import argparse
import re
from collections import defaultdict
from pathlib import Path

PATTERNS = [
    re.compile(r"os\.environ(?:\.get)?\(?\[?[\"']([A-Z][A-Z0-9_]+)"),
    re.compile(r"os\.getenv\([\"']([A-Z][A-Z0-9_]+)"),
    re.compile(r"process\.env(?:\.|\[[\"'])([A-Z][A-Z0-9_]+)"),
    re.compile(r"import\.meta\.env\.([A-Z][A-Z0-9_]+)"),
    re.compile(r"os\.(?:Getenv|LookupEnv)\(\"([A-Z][A-Z0-9_]+)"),
    re.compile(r"\$\{([A-Z][A-Z0-9_]+)(?::-[^}]*)?\}"),
]
EXT = {".py", ".js", ".ts", ".tsx", ".go", ".yml", ".yaml"}
SKIP = {"node_modules", ".venv", ".git", "dist", "build"}

def placeholder(name: str) -> str:
    if name.endswith("_URL"):
        return "https://example.invalid/"
    if re.search(r"KEY|TOKEN|SECRET|PASSWORD", name):
        return "change-me"
    if name.endswith("_PORT"):
        return "8000"
    if name == "DEBUG" or name.endswith("_ENABLED"):
        return "false"
    return ""

def scan(root: Path):
    found = defaultdict(list)
    for p in root.rglob("*"):
        if p.suffix in EXT and not SKIP & set(p.parts) and p.name != ".env":
            for rx in PATTERNS:
                for name in rx.findall(p.read_text(errors="ignore")):
                    found[name].append(str(p))
    return found

ap = argparse.ArgumentParser()
ap.add_argument("--write")
ap.add_argument("--check")
a = ap.parse_args()
found = scan(Path("."))
target = Path(a.write or a.check)
existing = set(re.findall(r"^([A-Z][A-Z0-9_]+)=", target.read_text(), re.M)) if target.exists() else set()
missing = sorted(set(found) - existing)
if a.check:
    stale = sorted(existing - set(found))
    for n in missing:
        print(f"missing from {target}: {n} (used in {found[n][0]})")
    for n in stale:
        print(f"unused in code: {n}")
    raise SystemExit(1 if missing else 0)
with target.open("a") as f:
    for n in missing:
        f.write(f"\n# used in {', '.join(sorted(set(found[n]))[:3])}\n{n}={placeholder(n)}\n")
print(f"appended {len(missing)} names to {target}")
