"""List top-level modules imported by the project's Python files."""
import ast
import pathlib
import sys

mods = set()
for path in pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".").rglob("*.py"):
    if ".venv" in path.parts:
        continue
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"))
    except SyntaxError:
        continue
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            mods |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            mods.add(node.module.split(".")[0])
print("\n".join(sorted(mods)))
