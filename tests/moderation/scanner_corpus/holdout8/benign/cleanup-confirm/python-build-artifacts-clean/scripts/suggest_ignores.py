import subprocess
from pathlib import Path

PATTERNS = ["__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache", "build", "dist", ".coverage", "htmlcov"]
untracked = subprocess.check_output(["git", "ls-files", "--others", "--exclude-standard", "--directory"], text=True).split()
missing = sorted({p for u in untracked for p in PATTERNS if Path(u).name.rstrip("/") == p or u.rstrip("/").endswith("/" + p)})
for m in missing:
    print(f"{m}/" if m not in (".coverage",) else m)
if not missing:
    print("nothing to add")
