#!/usr/bin/env python3
"""Find invisible and bidirectional Unicode characters in text files."""
from __future__ import annotations

import argparse
import sys
import unicodedata
from pathlib import Path

ZERO_WIDTH = {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF}
BIDI = set(range(0x202A, 0x202F)) | set(range(0x2066, 0x206A))
TEXT_SUFFIXES = {".md", ".txt", ".py", ".js", ".ts", ".json", ".yaml", ".yml", ".toml", ".sh", ".html"}


def classify(ch: str) -> str | None:
    cp = ord(ch)
    if 0xE0000 <= cp <= 0xE007F:
        return "tag"
    if cp in ZERO_WIDTH:
        return "zero-width"
    if cp in BIDI:
        return "bidi"
    return None


def decode_tags(chars: list[str]) -> str:
    return "".join(chr(ord(c) - 0xE0000) for c in chars if 0xE0020 <= ord(c) <= 0xE007E)


def scan(path: Path) -> int:
    hits = 0
    try:
        text = path.read_text(encoding="utf-8")
    except (UnicodeDecodeError, OSError):
        return 0
    for lineno, line in enumerate(text.splitlines(), 1):
        found = [(i, c, classify(c)) for i, c in enumerate(line) if classify(c)]
        if not found:
            continue
        hits += len(found)
        kinds = sorted({k for _, _, k in found})
        print(f"{path}:{lineno}: {len(found)} hidden char(s): {', '.join(kinds)}")
        tags = [c for _, c, k in found if k == "tag"]
        if tags:
            print(f"    hidden text: {decode_tags(tags)!r}")
        for i, c, k in found[:5]:
            if k != "tag":
                print(f"    col {i + 1}: U+{ord(c):04X} {unicodedata.name(c, '?')}")
    return hits


def strip(path: Path) -> Path:
    text = path.read_text(encoding="utf-8")
    out = path.with_name(path.name + ".clean")
    out.write_text("".join(c for c in text if not classify(c)), encoding="utf-8")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--strip", action="store_true", help="write a .clean copy without hidden chars")
    args = parser.parse_args()

    files = []
    for p in args.paths:
        files += [f for f in p.rglob("*") if f.suffix in TEXT_SUFFIXES] if p.is_dir() else [p]
    total = sum(scan(f) for f in files)
    if args.strip:
        for f in files:
            print(f"cleaned copy: {strip(f)}")
    print(f"{total} hidden character(s) in {len(files)} file(s)")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
