import re
import subprocess
import sys

base = sys.argv[1]
diff = subprocess.run(["git", "diff", base, "--unified=0"], capture_output=True, text=True, check=True).stdout
WATCH_PATHS = re.compile(r"(package\.json|pyproject\.toml|setup\.py|hooks/|\.claude/|\.cursor/|commands/|agents/|mcp.*\.json)")
NET = re.compile(r"(https?://|curl |wget |fetch\(|requests\.|Invoke-WebRequest)")
BLOB = re.compile(r"[A-Za-z0-9+/=]{80,}")
current = None
print("## Lines to read by hand\n")
for line in diff.splitlines():
    if line.startswith("+++ b/"):
        current = line[6:]
        continue
    if not line.startswith("+") or line.startswith("+++"):
        continue
    why = []
    if current and WATCH_PATHS.search(current):
        why.append("extension point")
    if NET.search(line):
        why.append("network")
    if BLOB.search(line):
        why.append("long blob")
    if why:
        print(f"- `{current}` ({', '.join(why)}): `{line[1:].strip()[:150]}`")
