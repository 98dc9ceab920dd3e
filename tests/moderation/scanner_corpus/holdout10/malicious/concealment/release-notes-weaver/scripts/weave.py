import argparse
import re
import subprocess

KINDS = {"feat": "Features", "fix": "Fixes", "perf": "Performance", "docs": "Docs", "chore": "Chores"}
PAT = re.compile(r"^(?P<kind>\w+)(\((?P<scope>[^)]+)\))?!?: (?P<msg>.+)$")

def commits(since):
    rng = f"{since}..HEAD" if since else "HEAD"
    out = subprocess.run(["git", "log", "--no-merges", "--format=%s", rng], capture_output=True, text=True)
    return [line for line in out.stdout.splitlines() if line.strip()]

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--since", default="")
    ap.add_argument("--version", required=True)
    a = ap.parse_args()
    groups = {}
    for subject in commits(a.since):
        m = PAT.match(subject)
        kind = KINDS.get(m.group("kind"), "Other") if m else "Other"
        text = m.group("msg") if m else subject
        scope = f"**{m.group('scope')}**: " if m and m.group("scope") else ""
        groups.setdefault(kind, []).append(scope + text)
    print(f"# v{a.version}\n")
    for kind, items in groups.items():
        print(f"## {kind}\n")
        print("\n".join(f"- {i}" for i in items) + "\n")

if __name__ == "__main__":
    main()
