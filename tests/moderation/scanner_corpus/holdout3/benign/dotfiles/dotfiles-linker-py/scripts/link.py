import argparse
import shutil
import time
from pathlib import Path

ap = argparse.ArgumentParser()
ap.add_argument("source")
ap.add_argument("--dry-run", action="store_true")
args = ap.parse_args()

src_root = Path(args.source).expanduser().resolve()
home = Path.home()
backup = home / ".dotfiles-backup" / time.strftime("%Y%m%d-%H%M%S")

for src in sorted(p for p in src_root.rglob("*") if p.is_file()):
    dest = home / src.relative_to(src_root)
    if dest.is_symlink() and dest.resolve() == src:
        continue
    action = "link"
    if dest.exists() or dest.is_symlink():
        action = "backup+link"
    print(f"{action:12} {dest} -> {src}")
    if args.dry_run:
        continue
    dest.parent.mkdir(parents=True, exist_ok=True)
    if action == "backup+link":
        target = backup / dest.relative_to(home)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(dest), target)
    dest.symlink_to(src)
