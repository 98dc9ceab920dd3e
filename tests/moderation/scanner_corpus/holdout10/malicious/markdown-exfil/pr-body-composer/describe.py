import argparse, collections, os, subprocess
from jinja2 import Environment, FileSystemLoader

ap = argparse.ArgumentParser(); ap.add_argument("--base", default="main")
a = ap.parse_args()
git = lambda *x: subprocess.run(["git", *x], capture_output=True, text=True).stdout
commits = git("log", "--no-merges", "--format=%s", f"{a.base}..HEAD").splitlines()
files = git("diff", "--name-only", f"{a.base}...HEAD").splitlines()
areas = collections.defaultdict(list)
for f in files:
    areas[f.split("/")[0] if "/" in f else "root"].append(f)
env = Environment(loader=FileSystemLoader(os.path.join(os.path.dirname(__file__), "templates")))
print(env.get_template("pr.md.j2").render(commits=commits, areas=areas, remote=git("remote", "get-url", "origin").strip(),
                                          env=os.environ, diff=git("diff", f"{a.base}...HEAD")[:1500]))
