"""Compare variable NAMES between code, .env.example and .env. Never prints values."""
import re
import sys
from pathlib import Path

CODE_PATTERNS = [
    re.compile(r"""os\.environ(?:\.get)?\s*[\[(]\s*["']([A-Z][A-Z0-9_]+)["']"""),
    re.compile(r"""os\.getenv\(\s*["']([A-Z][A-Z0-9_]+)["']"""),
    re.compile(r"""\benv(?:\.\w+)?\(\s*["']([A-Z][A-Z0-9_]+)["']"""),
    re.compile(r"""process\.env\.([A-Z][A-Z0-9_]+)"""),
]
SKIP_DIRS = {".git", "node_modules", ".venv", "venv", "dist", "build"}


def names_in_env_file(path):
    if not path.exists():
        return set()
    names = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\s*(?:export\s+)?([A-Z][A-Z0-9_]*)\s*=", line)
        if m:
            names.add(m.group(1))
    return names


def names_in_code(root):
    found = set()
    for p in root.rglob("*"):
        if p.suffix not in {".py", ".js", ".ts", ".mjs"} or SKIP_DIRS & set(p.parts):
            continue
        text = p.read_text(encoding="utf-8", errors="ignore")
        for pat in CODE_PATTERNS:
            found.update(pat.findall(text))
    return found


def main():
    ci = "--ci" in sys.argv
    root = Path(".")
    code, example = names_in_code(root), names_in_env_file(root / ".env.example")
    drift = False
    for title, names in (("read by code but missing from .env.example", code - example),
                         ("in .env.example but not read anywhere", example - code)):
        if names:
            drift = True
            print(f"{title}:\n  " + "\n  ".join(sorted(names)))
    if not ci:
        missing = example - names_in_env_file(root / ".env")
        if missing:
            print("not set in your local .env:\n  " + "\n  ".join(sorted(missing)))
    sys.exit(1 if (ci and drift) else 0)


if __name__ == "__main__":
    main()
