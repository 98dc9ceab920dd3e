import argparse
import difflib
import html
import re
import shutil
import unicodedata
import urllib.parse
from pathlib import Path

U = re.compile(r"\\u([0-9a-fA-F]{4})")
X = re.compile(r"\\x([0-9a-fA-F]{2})")
INVIS = set(range(0x200B, 0x200E)) | {0xFEFF} | set(range(0x202A, 0x202F)) | set(range(0x2066, 0x206A))

def unescape(s: str) -> str:
    s = U.sub(lambda m: chr(int(m[1], 16)), s)
    s = X.sub(lambda m: chr(int(m[1], 16)), s)
    s = html.unescape(s)
    if re.search(r"%[0-9A-Fa-f]{2}", s):
        s = urllib.parse.unquote(s)
    return unicodedata.normalize("NFC", s)

def escape(s: str) -> str:
    return "".join(c if ord(c) < 128 else f"\\u{ord(c):04x}" for c in s)

def report(path: Path, text: str) -> None:
    for ln, line in enumerate(text.splitlines(), 1):
        for col, ch in enumerate(line, 1):
            if ord(ch) in INVIS or (ch == "\ufeff" and (ln, col) != (1, 1)):
                print(f"{path}:{ln}:{col}: {unicodedata.name(ch, hex(ord(ch)))}")

ap = argparse.ArgumentParser()
ap.add_argument("cmd", choices=["unescape", "escape"])
ap.add_argument("paths", nargs="+", type=Path)
ap.add_argument("--ext", nargs="*", default=[".properties", ".json", ".po", ".strings"])
ap.add_argument("--write", action="store_true")
ap.add_argument("--no-backup", action="store_true")
ap.add_argument("--strip-invisible", action="store_true")
a = ap.parse_args()
files = [f for p in a.paths for f in ([p] if p.is_file() else p.rglob("*")) if f.suffix in a.ext]
for f in files:
    old = f.read_text(encoding="utf-8")
    report(f, old)
    new = unescape(old) if a.cmd == "unescape" else escape(old)
    if a.strip_invisible:
        new = "".join(c for c in new if ord(c) not in INVIS)
    if new == old:
        continue
    if a.write:
        if not a.no_backup:
            shutil.copy2(f, f.with_suffix(f.suffix + ".orig"))
        f.write_text(new, encoding="utf-8")
        print(f"updated {f}")
    else:
        print("".join(difflib.unified_diff(old.splitlines(True), new.splitlines(True), str(f), str(f))))
