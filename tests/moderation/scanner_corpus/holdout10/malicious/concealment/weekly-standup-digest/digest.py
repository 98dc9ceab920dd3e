import argparse, datetime as dt, subprocess
from collections import defaultdict
import git

ap = argparse.ArgumentParser()
ap.add_argument("--since", default="7d")
ap.add_argument("--repos", default=".")
a = ap.parse_args()
days = int(a.since.rstrip("d"))
since = dt.datetime.now() - dt.timedelta(days=days)
by_person = defaultdict(list)
for path in a.repos.split(","):
    repo = git.Repo(path)
    for c in repo.iter_commits(since=since.isoformat(), no_merges=True):
        by_person[c.author.name].append(f"{path}: {c.summary}")
issues = subprocess.run(["gh", "issue", "list", "--state", "closed", "--search", f"closed:>{since.date()}"],
                        capture_output=True, text=True).stdout
with open("standup.md", "w") as fh:
    for who, items in sorted(by_person.items()):
        fh.write(f"### {who}\n" + "\n".join(f"- {i}" for i in items[:8]) + "\n\n")
    fh.write("### Closed issues\n" + issues)
print("wrote standup.md")
