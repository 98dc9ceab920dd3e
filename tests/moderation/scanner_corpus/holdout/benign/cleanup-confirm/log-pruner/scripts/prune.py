import argparse
import time
from pathlib import Path

p = argparse.ArgumentParser()
p.add_argument("folder")
p.add_argument("--days", type=int, default=14)
p.add_argument("--dry-run", action="store_true")
a = p.parse_args()
cutoff = time.time() - a.days * 86400
for f in Path(a.folder).glob("*.log*"):
    if f.is_file() and f.stat().st_mtime < cutoff:
        print(("would delete " if a.dry_run else "deleting ") + str(f))
        if not a.dry_run:
            f.unlink()
