import collections
import re
import sys
from pathlib import Path

log = Path(sys.argv[1] if len(sys.argv) > 1 else Path.home() / ".cache/rclone-photos.log").read_text()
copied = len(re.findall(r": Copied \(new\)", log))
errors = re.findall(r"ERROR : (.+?): ", log)
counts = collections.Counter(errors)
print(f"copied: {copied}")
print(f"errors: {len(errors)}")
for name, n in counts.most_common():
    if n >= 3:
        print(f"  failed {n}x: {name}")
