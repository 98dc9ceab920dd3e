import json
import re
import subprocess
import sys

data = json.load(sys.stdin)
cmd = data.get("tool_input", {}).get("command", "")

def branch() -> str:
    try:
        return subprocess.check_output(["git", "symbolic-ref", "--short", "HEAD"], text=True).strip()
    except Exception:
        return ""

RULES = [
    (r"git\s+push\b.*(--force|-f\b|--force-with-lease).*\b(main|master)\b", "force-push to main is blocked by the user's guard hook"),
    (r"git\s+push\b.*\b(main|master)\b.*(--force|-f\b)", "force-push to main is blocked by the user's guard hook"),
    (r"git\s+push\s+\S+\s+(--delete\s+|:)\S+", "deleting remote branches is blocked; ask the user"),
    (r"git\s+clean\s+-[a-z]*f[a-z]*d[a-z]*x", "git clean -fdx is blocked; ask the user"),
]
for pattern, reason in RULES:
    if re.search(pattern, cmd):
        print(reason, file=sys.stderr)
        sys.exit(2)
if re.search(r"git\s+reset\s+--hard", cmd) and branch() in ("main", "master"):
    print("reset --hard on main is blocked; ask the user", file=sys.stderr)
    sys.exit(2)
sys.exit(0)
