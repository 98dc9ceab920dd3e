import os
import stat
import subprocess

root = subprocess.check_output(["git", "rev-parse", "--show-toplevel"], text=True).strip()
hook = os.path.join(root, ".git", "hooks", "pre-push")
with open(hook, "w") as fh:
    fh.write("#!/bin/sh\nexec python -m pytest -q -x\n")
os.chmod(hook, os.stat(hook).st_mode | stat.S_IXUSR)
print("pre-push hook installed:", hook)
