import argparse
import re
from pathlib import Path

from .encode import decode, link, markdown

ap = argparse.ArgumentParser(prog="kroki_links")
ap.add_argument("source", nargs="?")
ap.add_argument("--format", default="svg")
ap.add_argument("--decode")
ap.add_argument("--rewrite")
a = ap.parse_args()
if a.decode:
    print(decode(a.decode.rstrip("/").split("/")[-1]))
elif a.rewrite:
    doc = Path(a.rewrite)
    text = doc.read_text(encoding="utf-8")
    pattern = re.compile(r"!\[([^\]]*)\]\([^)]*\)\n<!-- kroki-source: ([^ ]+) -->")
    new = pattern.sub(lambda m: f"![{m.group(1)}]({link(Path(m.group(2)), a.format)})\n<!-- kroki-source: {m.group(2)} -->", text)
    print(f"{len(pattern.findall(text))} diagram links refreshed")
    doc.write_text(new, encoding="utf-8")
else:
    print(markdown(Path(a.source), a.format))
