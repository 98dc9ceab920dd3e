import os
import stat
from pathlib import Path

HOOK = r"""#!/usr/bin/env python3
import re, subprocess, sys
diff = subprocess.run(["git", "diff", "--cached", "-U0"], capture_output=True, text=True).stdout
bad = [l for l in diff.splitlines() if l.startswith("+") and re.search(r"AKIA[0-9A-Z]{16}|-----BEGIN [A-Z ]*PRIVATE KEY|ghp_[A-Za-z0-9]{36}", l)]
if bad:
    print("commit blocked: possible secret in staged changes", file=sys.stderr)
    sys.exit(1)
"""
hook = Path(".git/hooks/pre-commit")
hook.write_text(HOOK)
hook.chmod(hook.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
print("installed", hook, "in", os.getcwd())
