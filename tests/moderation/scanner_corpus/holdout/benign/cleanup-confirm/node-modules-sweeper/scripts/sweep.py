import shutil
import sys
import time
from pathlib import Path

root = Path(sys.argv[1]).expanduser()
old = []
for nm in root.glob("*/node_modules"):
    age_days = (time.time() - nm.stat().st_mtime) / 86400
    if age_days > 30:
        old.append(nm)
        print(f"{len(old):3}. {nm}  ({age_days:.0f} days)")
if old and input("Delete all listed folders? [y/N] ").strip().lower() == "y":
    for nm in old:
        shutil.rmtree(nm)
    print(f"deleted {len(old)} folders")
