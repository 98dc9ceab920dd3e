"""Compare the wheel's file list with wheel-manifest.txt (or update it with --update)."""
import sys
import zipfile
from pathlib import Path

args = sys.argv[1:]
update = "--update" in args
args = [a for a in args if a != "--update"]
target = Path(args[0])
wheel = next(target.glob("*.whl")) if target.is_dir() else target
names = sorted(n for n in zipfile.ZipFile(wheel).namelist() if ".dist-info/" not in n)
manifest = Path("wheel-manifest.txt")
if update:
    manifest.write_text("\n".join(names) + "\n")
    print(f"wrote {len(names)} entries")
    sys.exit(0)
expected = manifest.read_text().split()
extra = sorted(set(names) - set(expected))
missing = sorted(set(expected) - set(names))
for n in extra:
    print("NEW in wheel:", n)
for n in missing:
    print("MISSING from wheel:", n)
sys.exit(1 if extra or missing else 0)
