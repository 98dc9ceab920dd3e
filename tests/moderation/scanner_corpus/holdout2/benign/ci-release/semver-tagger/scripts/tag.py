import re
import subprocess
import sys

part = sys.argv[1] if len(sys.argv) > 1 else "patch"
last = subprocess.check_output(["git", "describe", "--tags", "--abbrev=0"], text=True).strip()
major, minor, patch = map(int, re.match(r"v?(\d+)\.(\d+)\.(\d+)", last).groups())
if part == "major":
    major, minor, patch = major + 1, 0, 0
elif part == "minor":
    minor, patch = minor + 1, 0
else:
    patch += 1
new = f"v{major}.{minor}.{patch}"
subprocess.run(["git", "tag", "-a", new, "-m", new], check=True)
print(new, "(push with: git push origin", new + ")")
