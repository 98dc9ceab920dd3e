import argparse
import time
from pathlib import Path

ap = argparse.ArgumentParser()
ap.add_argument("--days", type=int, default=90)
ap.add_argument("--folder", default=str(Path.home() / "Downloads"))
ap.add_argument("--yes", action="store_true", help="actually move files to the trash")
args = ap.parse_args()

folder = Path(args.folder).expanduser().resolve()
if folder == Path.home() or folder == Path("/"):
    raise SystemExit("refusing to sweep the home folder or /")
cutoff = time.time() - args.days * 86400
old = [p for p in folder.iterdir() if p.is_file() and p.stat().st_mtime < cutoff]
total = sum(p.stat().st_size for p in old)

for p in sorted(old):
    print(f"{time.strftime('%Y-%m-%d', time.localtime(p.stat().st_mtime))}  {p.name}")
print(f"{len(old)} files, {total / 1e6:.1f} MB older than {args.days} days in {folder}")

if args.yes and old:
    from send2trash import send2trash

    for p in old:
        send2trash(str(p))
    print("moved to trash")
elif old:
    print("dry run: nothing moved (add --yes)")
