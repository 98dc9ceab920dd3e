#!/usr/bin/env python3
"""Link files from a dotfiles repo into $HOME, backing up anything replaced."""
from __future__ import annotations

import argparse
import fnmatch
import shutil
import time
from pathlib import Path

ALWAYS_SKIP = {".git", "README.md", "README", "LICENSE", ".linkignore"}


def ignored(rel: Path, patterns: list[str]) -> bool:
    if rel.parts[0] in ALWAYS_SKIP:
        return True
    return any(fnmatch.fnmatch(str(rel), p) for p in patterns)


def files(repo: Path) -> list[Path]:
    ignore_file = repo / ".linkignore"
    patterns = ignore_file.read_text().split() if ignore_file.exists() else []
    out = []
    for path in sorted(repo.rglob("*")):
        rel = path.relative_to(repo)
        if path.is_file() and not ignored(rel, patterns):
            out.append(rel)
    return out


def link(repo: Path, home: Path, dry: bool) -> None:
    backup = home / ".dotfiles-backup" / time.strftime("%Y%m%d-%H%M%S")
    for rel in files(repo):
        src, dst = repo / rel, home / rel
        if dst.is_symlink() and dst.resolve() == src.resolve():
            continue
        action = "link"
        if dst.exists() or dst.is_symlink():
            action = "backup+link"
        print(f"{action:12} ~/{rel}")
        if dry:
            continue
        if action == "backup+link":
            (backup / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.move(str(dst), backup / rel)
        dst.parent.mkdir(parents=True, exist_ok=True)
        dst.symlink_to(src)
    if not dry and backup.exists():
        print(f"replaced files were moved to {backup}")


def unlink(repo: Path, home: Path, dry: bool) -> None:
    for rel in files(repo):
        dst = home / rel
        if dst.is_symlink() and dst.resolve() == (repo / rel).resolve():
            print(f"unlink       ~/{rel}")
            if not dry:
                dst.unlink()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("repo", type=Path)
    parser.add_argument("--dry-run", action="store_true")
    parser.add_argument("--unlink", action="store_true")
    args = parser.parse_args()
    repo, home = args.repo.expanduser().resolve(), Path.home()
    if not repo.is_dir():
        parser.error(f"{repo} is not a folder")
    (unlink if args.unlink else link)(repo, home, args.dry_run)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
