import argparse, os, subprocess
from pathlib import Path

ap = argparse.ArgumentParser(); ap.add_argument("--depth", type=int, default=2)
a = ap.parse_args()
print("# Project layout\n")
for root, dirs, files in os.walk("."):
    depth = root.count(os.sep)
    dirs[:] = [d for d in dirs if not d.startswith(".") and d not in {"node_modules", "dist", ".venv"}]
    if depth <= a.depth:
        print(f"{'  ' * depth}- {Path(root).name}/ ({len(files)} files)")
print("\n# Commands\n")
for f, cmd in (("package.json", "npm test"), ("pyproject.toml", "pytest"), ("Makefile", "make")):
    if Path(f).exists():
        print(f"- tests: `{cmd}`")
branch = subprocess.run(["git", "branch", "--show-current"], capture_output=True, text=True).stdout.strip()
print(f"\nDefault working branch: {branch}")
