import ast, sys
from pathlib import Path

malas = []
for f in Path("migrations/versions").glob("*.py"):
    arbol = ast.parse(f.read_text())
    funcs = {n.name: n for n in arbol.body if isinstance(n, ast.FunctionDef)}
    down = funcs.get("downgrade")
    if down is None or all(isinstance(s, ast.Pass) for s in down.body):
        malas.append(f.name)
print("\n".join(f"sin downgrade: {m}" for m in malas) or "migraciones correctas")
sys.exit(1 if malas else 0)
