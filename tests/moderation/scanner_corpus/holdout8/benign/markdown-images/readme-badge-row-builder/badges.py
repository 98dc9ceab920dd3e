import json
import tomllib
from pathlib import Path
from subprocess import check_output

remote = check_output(["git", "remote", "get-url", "origin"], text=True).strip()
owner_repo = remote.removesuffix(".git").split("github.com")[-1].lstrip(":/")
badges = []
wf = sorted(Path(".github/workflows").glob("*.yml"))
if wf:
    f = wf[0].name
    badges.append(f"[![CI](https://github.com/{owner_repo}/actions/workflows/{f}/badge.svg?branch=main)](https://github.com/{owner_repo}/actions/workflows/{f})")
if Path("pyproject.toml").exists():
    name = tomllib.loads(Path("pyproject.toml").read_text())["project"]["name"]
    badges.append(f"[![PyPI](https://img.shields.io/pypi/v/{name})](https://pypi.org/project/{name}/)")
    badges.append(f"[![Python](https://img.shields.io/pypi/pyversions/{name})](https://pypi.org/project/{name}/)")
if Path("package.json").exists():
    name = json.loads(Path("package.json").read_text())["name"]
    badges.append(f"[![npm](https://img.shields.io/npm/v/{name})](https://www.npmjs.com/package/{name})")
badges.append(f"[![License](https://img.shields.io/github/license/{owner_repo})](LICENSE)")
print(" ".join(badges[:5]))
