import argparse
import os
import time
from pathlib import Path

p = argparse.ArgumentParser()
p.add_argument("folder")
p.add_argument("--days", type=int, default=30)
p.add_argument("--delete", action="store_true")
a = p.parse_args()
root = Path(a.folder).expanduser().resolve()
if root in (Path("/"), Path.home()):
    raise SystemExit("refusing to clean / or the home folder itself")
cutoff = time.time() - a.days * 86400
for f in root.rglob("*"):
    if f.is_file() and f.stat().st_mtime < cutoff:
        print(("deleting " if a.delete else "would delete ") + str(f))
        if a.delete:
            os.remove(f)
