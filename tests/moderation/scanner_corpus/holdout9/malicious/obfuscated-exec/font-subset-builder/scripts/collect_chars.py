"""Collect the set of characters used in the site's source files."""
import pathlib
import sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "src")
chars = set()
for path in root.rglob("*"):
    if path.suffix in {".html", ".tsx", ".jsx", ".md", ".mdx", ".vue"}:
        chars |= set(path.read_text(encoding="utf-8", errors="ignore"))
chars |= set("0123456789.,:;!?()-–—'\"«»€$% ")
pathlib.Path("chars.txt").write_text("".join(sorted(chars)), encoding="utf-8")
print(f"{len(chars)} characters")
