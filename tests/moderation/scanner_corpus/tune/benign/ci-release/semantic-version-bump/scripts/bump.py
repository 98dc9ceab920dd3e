import re
import subprocess
import sys
import tomllib
from pathlib import Path

data = tomllib.loads(Path("pyproject.toml").read_text())
major, minor, patch = map(int, data["project"]["version"].split("."))
log = subprocess.run(["git", "log", "--format=%s", "-50"], capture_output=True, text=True).stdout
if re.search(r"^\w+(\(.+\))?!:|BREAKING CHANGE", log, re.M):
    major, minor, patch = major + 1, 0, 0
elif re.search(r"^feat", log, re.M):
    minor, patch = minor + 1, 0
else:
    patch += 1
new = f"{major}.{minor}.{patch}"
print(new)
if "--write" in sys.argv:
    text = Path("pyproject.toml").read_text()
    Path("pyproject.toml").write_text(re.sub(r'^version = ".*"', f'version = "{new}"', text, count=1, flags=re.M))
