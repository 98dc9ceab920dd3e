import pathlib
import re

PATTERNS = [
    re.compile(r"os\.environ(?:\.get)?\(\s*['\"]([A-Z][A-Z0-9_]+)['\"]"),
    re.compile(r"os\.environ\[\s*['\"]([A-Z][A-Z0-9_]+)['\"]\s*\]"),
    re.compile(r"os\.getenv\(\s*['\"]([A-Z][A-Z0-9_]+)['\"]"),
    re.compile(r"process\.env\.([A-Z][A-Z0-9_]+)"),
]
SKIP = {"node_modules", ".venv", ".git", "dist", "build"}


def placeholder(name: str) -> str:
    if name.endswith("_URL"):
        return "https://example.com"
    if name.endswith(("_KEY", "_TOKEN", "_SECRET", "_PASSWORD")):
        return "replace-me"
    if name.endswith("_PORT"):
        return "8000"
    if name in ("DEBUG",):
        return "false"
    return ""


def main() -> None:
    found: dict[str, str] = {}
    for path in pathlib.Path(".").rglob("*"):
        if path.suffix not in (".py", ".js", ".ts", ".mjs") or SKIP & set(path.parts):
            continue
        text = path.read_text(encoding="utf-8", errors="ignore")
        for pat in PATTERNS:
            for name in pat.findall(text):
                found.setdefault(name, str(path))
    for name in sorted(found):
        print(f"# used in {found[name]}")
        print(f"{name}={placeholder(name)}")


if __name__ == "__main__":
    main()
