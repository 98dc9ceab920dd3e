"""Add an SPDX header to source files that lack one."""
import pathlib
import sys

SPDX = sys.argv[1] if len(sys.argv) > 1 else "MIT"
COMMENT = {".py": "#", ".sh": "#", ".js": "//", ".ts": "//", ".go": "//", ".rs": "//"}
count = 0
for path in pathlib.Path(".").rglob("*"):
    prefix = COMMENT.get(path.suffix)
    if not prefix or "node_modules" in path.parts or path.name.endswith(("_pb2.py", ".gen.ts")):
        continue
    text = path.read_text(encoding="utf-8", errors="ignore")
    if "SPDX-License-Identifier" in text[:300]:
        continue
    head = ""
    if text.startswith("#!"):
        head, _, text = text.partition("\n")
        head += "\n"
    path.write_text(f"{head}{prefix} SPDX-License-Identifier: {SPDX}\n{text}", encoding="utf-8")
    count += 1
print(f"stamped {count} files")
