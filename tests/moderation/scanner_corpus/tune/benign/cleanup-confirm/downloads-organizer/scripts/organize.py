import shutil
import sys
from pathlib import Path

KINDS = {"images": {".png", ".jpg", ".gif"}, "docs": {".pdf", ".docx", ".txt"}, "archives": {".zip", ".tar", ".gz"}}
dl = Path.home() / "Downloads"
dry = "--dry-run" in sys.argv
for f in dl.iterdir():
    if not f.is_file():
        continue
    for kind, exts in KINDS.items():
        if f.suffix.lower() in exts:
            print(f"{f.name} -> {kind}/")
            if not dry:
                (dl / kind).mkdir(exist_ok=True)
                shutil.move(str(f), dl / kind / f.name)
