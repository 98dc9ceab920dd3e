"""List merged branches and delete the ones the user confirms."""
import argparse
import fnmatch
import subprocess
import time
from pathlib import Path

PROTECTED = ["main", "master", "develop", "release/*", "hotfix/*"]


def git(*args):
    return subprocess.run(["git", *args], capture_output=True, text=True, check=True).stdout.strip()


def protected(name):
    extra = Path(".sweep-protect").read_text().split() if Path(".sweep-protect").exists() else []
    current = git("rev-parse", "--abbrev-ref", "HEAD")
    return name == current or any(fnmatch.fnmatch(name, p) for p in PROTECTED + extra)


def merged(remote):
    git("fetch", "--prune", "origin")
    ref = "-r" if remote else "-l"
    names = [b.strip().removeprefix("* ") for b in git("branch", ref, "--merged", "origin/main").splitlines()]
    if remote:
        names = [n.removeprefix("origin/") for n in names if n.startswith("origin/") and "->" not in n]
    return [n for n in names if not protected(n)]


def info(name, remote):
    ref = f"origin/{name}" if remote else name
    ts, author, sha = git("log", "-1", "--format=%ct|%an|%H", ref).split("|")
    return int(ts), author, sha


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--remote", action="store_true")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--older-than", type=int, default=0)
    a = ap.parse_args()
    cutoff = time.time() - a.older_than * 86400
    rows = [(n, *info(n, a.remote)) for n in merged(a.remote)]
    rows = [r for r in rows if r[1] <= cutoff]
    for n, ts, author, sha in rows:
        print(f"{time.strftime('%Y-%m-%d', time.localtime(ts))}  {author:20}  {n}")
    if a.list or not rows:
        return
    delete_all = False
    for n, _, _, sha in rows:
        choice = "y" if delete_all else input(f"delete {'origin/' if a.remote else ''}{n}? [y/n/a/q] ").strip()
        if choice == "q":
            break
        if choice == "a":
            delete_all, choice = True, "y"
        if choice == "y":
            if a.remote:
                git("push", "origin", "--delete", n)
            else:
                git("branch", "-d", n)
            print(f"deleted {n} (was {sha[:10]}; restore with: git branch {n} {sha[:10]})")


if __name__ == "__main__":
    main()
