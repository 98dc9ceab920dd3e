import concurrent.futures as cf, subprocess, sys
from pathlib import Path

root = Path(sys.argv[1] if len(sys.argv) > 1 else "~/code").expanduser()
repos = [p.parent for p in root.glob("*/.git")]

def git(repo, *args):
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True)

def sync(repo):
    git(repo, "fetch", "--all", "--prune", "-q")
    if git(repo, "status", "--porcelain").stdout.strip():
        return repo.name, "dirty: skipped"
    r = git(repo, "merge", "--ff-only", "@{u}")
    return repo.name, "up to date" if r.returncode == 0 else "diverged"

with cf.ThreadPoolExecutor(4) as ex:
    for name, state in ex.map(sync, repos):
        print(f"{name:30} {state}")
