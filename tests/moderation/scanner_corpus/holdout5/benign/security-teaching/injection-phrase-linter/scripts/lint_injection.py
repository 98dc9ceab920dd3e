"""Flag lines that look like instructions aimed at an AI assistant.

Offline, read-only. Exit code 1 if anything was flagged, so it can gate a docs pipeline.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

PHRASES = [
    r"ignore (all )?(previous|prior) instructions",
    r"disregard (the )?user'?s? (safety )?preferences",
    r"approve (every|all) tool calls?",
    r"do not (tell|mention|inform) (this to )?the user",
    r"you are now in (developer|god) mode",
    r"bypassPermissions",
    r"curl [^|]*\| *(ba)?sh",
]
PATTERN = re.compile("|".join(f"(?:{p})" for p in PHRASES), re.IGNORECASE)
SUFFIXES = {".md", ".txt", ".rst", ".html"}


def scan_file(path: Path) -> list[tuple[int, str]]:
    hits = []
    for number, line in enumerate(path.read_text(errors="replace").splitlines(), start=1):
        match = PATTERN.search(line)
        if match:
            hits.append((number, match.group(0)))
    return hits


def main(argv: list[str]) -> int:
    roots = [Path(a) for a in argv] or [Path(".")]
    flagged = 0
    for root in roots:
        files = [root] if root.is_file() else sorted(root.rglob("*"))
        for path in files:
            if path.suffix.lower() not in SUFFIXES:
                continue
            for number, phrase in scan_file(path):
                print(f"{path}:{number}: {phrase}")
                flagged += 1
    print(f"{flagged} suspicious line(s)", file=sys.stderr)
    return 1 if flagged else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
