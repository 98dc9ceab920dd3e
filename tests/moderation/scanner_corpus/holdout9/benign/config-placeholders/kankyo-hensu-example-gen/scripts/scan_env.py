"""Find environment variable names read by the code and print a .env.example draft."""
import pathlib
import re
import sys

PATTERNS = [
    re.compile(r"os\.environ(?:\.get)?\(?\[?[\"']([A-Z][A-Z0-9_]+)[\"']"),
    re.compile(r"os\.getenv\([\"']([A-Z][A-Z0-9_]+)[\"']"),
    re.compile(r"process\.env(?:\.|\[[\"'])([A-Z][A-Z0-9_]+)"),
    re.compile(r"os\.Getenv\(\"([A-Z][A-Z0-9_]+)\"\)"),
]
EXT = {".py", ".js", ".ts", ".tsx", ".go"}


def dummy(name: str) -> str:
    if name.endswith("_URL"):
        return "https://example.com"
    if name.endswith("_PORT"):
        return "8000"
    if name.endswith(("_KEY", "_TOKEN", "_SECRET", "_PASSWORD")):
        return "changeme"
    return ""


found: dict[str, str] = {}
root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".")
for path in root.rglob("*"):
    if path.suffix not in EXT or "node_modules" in path.parts or ".venv" in path.parts:
        continue
    for i, line in enumerate(path.read_text(errors="ignore").splitlines(), 1):
        for pat in PATTERNS:
            for name in pat.findall(line):
                found.setdefault(name, f"{path}:{i}")
for name in sorted(found):
    print(f"# {found[name]}\n{name}={dummy(name)}\n")
