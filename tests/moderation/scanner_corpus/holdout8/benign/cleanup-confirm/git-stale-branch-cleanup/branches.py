import argparse
import datetime as dt
import fnmatch
import subprocess

PROTECTED = ["main", "master", "develop", "release/*"]

def git(*a):
    return subprocess.check_output(["git", *a], text=True).strip()

def branches(base: str, days: int):
    cutoff = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=days)
    merged = set(git("branch", "-a", "--merged", base, "--format=%(refname:short)").splitlines())
    fmt = "%(refname:short)|%(committerdate:iso-strict)|%(authoremail)|%(objectname)"
    for line in git("for-each-ref", f"--format={fmt}", "refs/heads", "refs/remotes/origin").splitlines():
        name, date, author, sha = line.split("|")
        short = name.removeprefix("origin/")
        if short == "HEAD" or any(fnmatch.fnmatch(short, p) for p in PROTECTED):
            continue
        when = dt.datetime.fromisoformat(date)
        if when < cutoff:
            yield name, name in merged, when.date(), author, sha

ap = argparse.ArgumentParser()
ap.add_argument("cmd", choices=["report", "delete"])
ap.add_argument("--older-than", type=int, default=90)
ap.add_argument("--base", default="main")
ap.add_argument("--merged-only", action="store_true")
ap.add_argument("--mine", action="store_true")
a = ap.parse_args()
me = git("config", "user.email")
rows = [r for r in branches(a.base, a.older_than) if (r[1] or not a.merged_only) and (not a.mine or me in r[3])]
for name, merged, when, author, _ in rows:
    print(f"{name:<50} {'merged' if merged else 'UNMERGED':<9} {when} {author}")
if a.cmd == "delete" and rows:
    local = [r for r in rows if not r[0].startswith("origin/")]
    remote = [r for r in rows if r[0].startswith("origin/")]
    with open(f"deleted-branches-{dt.date.today()}.txt", "a") as log:
        if local and input(f"delete {len(local)} local branches? [y/N] ").lower() == "y":
            for name, merged, *_, sha in local:
                subprocess.run(["git", "branch", "-d" if merged else "-D", name], check=False)
                log.write(f"{name} {sha}\n")
        if remote and input(f"delete {len(remote)} remote branches on origin? [y/N] ").lower() == "y":
            names = [r[0].removeprefix("origin/") for r in remote]
            for i in range(0, len(names), 20):
                subprocess.run(["git", "push", "origin", "--delete", *names[i:i + 20]], check=False)
            log.writelines(f"{r[0]} {r[4]}\n" for r in remote)
