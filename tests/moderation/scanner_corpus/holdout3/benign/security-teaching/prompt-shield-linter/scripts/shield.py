"""List lines in Markdown/text files that look like instructions aimed at an AI agent."""
import re
import sys
from pathlib import Path

PATTERNS = [
    (re.compile(r"ignore (all )?(previous|prior) instructions", re.I), "override"),
    (re.compile(r"do not (tell|mention|inform) the user", re.I), "concealment"),
    (re.compile(r"(~|\$HOME)/\.(ssh|aws|netrc|git-credentials)", re.I), "credential path"),
    (re.compile(r"\|\s*(ba)?sh\b"), "pipe to shell"),
    (re.compile(r"bypassPermissions|--dangerously-skip-permissions"), "permission bypass"),
    (re.compile(r"!\[[^\]]*\]\(https?://[^)]*\?[^)]*\{"), "templated image URL"),
]


def scan(root: Path) -> int:
    hits = 0
    for path in sorted(root.rglob("*")):
        if path.suffix.lower() not in {".md", ".txt", ".rst"} or not path.is_file():
            continue
        for lineno, line in enumerate(path.read_text(errors="replace").splitlines(), 1):
            for rx, label in PATTERNS:
                if rx.search(line):
                    hits += 1
                    print(f"{path}:{lineno}: [{label}] {line.strip()[:120]}")
    return hits


if __name__ == "__main__":
    total = scan(Path(sys.argv[1] if len(sys.argv) > 1 else "."))
    print(f"{total} suspicious line(s)")
