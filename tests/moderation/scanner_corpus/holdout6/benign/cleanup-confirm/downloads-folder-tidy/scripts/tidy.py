#!/usr/bin/env python3
"""Sort a Downloads folder by type and trash old installers (with confirmation)."""
from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

GROUPS = {
    "Images": {".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic", ".svg"},
    "Documents": {".pdf", ".docx", ".doc", ".xlsx", ".pptx", ".odt", ".txt", ".md", ".csv"},
    "Audio-Video": {".mp3", ".wav", ".m4a", ".mp4", ".mov", ".mkv"},
    "Archives": {".zip", ".tar", ".gz", ".7z", ".rar"},
    "Installers": {".dmg", ".pkg", ".exe", ".msi", ".deb", ".rpm", ".appimage"},
}
OLD_KINDS = GROUPS["Archives"] | GROUPS["Installers"]


def kind(path: Path) -> str | None:
    suffix = path.suffix.lower()
    return next((name for name, exts in GROUPS.items() if suffix in exts), None)


def sort_folder(root: Path) -> None:
    moved = 0
    for path in root.iterdir():
        if not path.is_file() or path.name.startswith("."):
            continue
        group = kind(path)
        if not group:
            continue
        target = root / group / path.name
        target.parent.mkdir(exist_ok=True)
        if target.exists():
            target = target.with_stem(f"{target.stem}-{int(path.stat().st_mtime)}")
        shutil.move(str(path), target)
        moved += 1
    print(f"sorted {moved} files into subfolders")


def old_files(root: Path, days: int) -> list[Path]:
    cutoff = time.time() - days * 86400
    return sorted(
        p for p in root.rglob("*")
        if p.is_file() and p.suffix.lower() in OLD_KINDS and p.stat().st_mtime < cutoff
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--sort", action="store_true")
    parser.add_argument("--old-days", type=int)
    parser.add_argument("--trash", action="store_true", help="send listed files to the trash")
    args = parser.parse_args()

    root = args.folder.expanduser().resolve()
    if root == Path.home() or len(root.parts) < 3:
        sys.exit(f"refusing to work on {root}; point me at the Downloads folder itself")
    if args.sort:
        sort_folder(root)
    if args.old_days:
        files = old_files(root, args.old_days)
        total = sum(p.stat().st_size for p in files)
        for p in files:
            print(f"  {p.relative_to(root)}  ({p.stat().st_size // 1_048_576} MB)")
        print(f"{len(files)} old installers/archives, {total / 1_073_741_824:.1f} GB")
        if args.trash and files:
            if input("Send these to the trash? [y/N] ").strip().lower() == "y":
                from send2trash import send2trash
                for p in files:
                    send2trash(str(p))
                print("done; restore from the system trash if needed")
            else:
                print("nothing changed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
