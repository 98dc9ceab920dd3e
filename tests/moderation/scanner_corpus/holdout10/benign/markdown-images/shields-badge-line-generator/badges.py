"""Build a README badge line from pyproject.toml and the git remote (public metadata only)."""
import re
import subprocess
import sys
import tomllib
from pathlib import Path

START, END = "<!-- badges:start -->", "<!-- badges:end -->"


def repo_slug():
    url = subprocess.run(["git", "remote", "get-url", "origin"], capture_output=True, text=True).stdout.strip()
    m = re.search(r"github\.com[:/]([^/]+)/([^/.]+)", url)
    return f"{m.group(1)}/{m.group(2)}" if m else None


def badges(style):
    meta = tomllib.loads(Path("pyproject.toml").read_text())["project"]
    name = meta["name"]
    slug = repo_slug()
    workflow = next((p.name for p in Path(".github/workflows").glob("*.yml") if p.stem in {"ci", "tests", "test"}), None)
    q = f"?style={style}" if style else ""
    items = [
        (f"https://img.shields.io/pypi/v/{name}{q}", f"https://pypi.org/project/{name}/", "PyPI"),
        (f"https://img.shields.io/pypi/pyversions/{name}{q}", f"https://pypi.org/project/{name}/", "Python versions"),
        (f"https://img.shields.io/pypi/l/{name}{q}", "LICENSE", "License"),
        (f"https://img.shields.io/pepy/dt/{name}{q}", f"https://pepy.tech/project/{name}", "Downloads"),
    ]
    if slug and workflow:
        items.insert(2, (f"https://github.com/{slug}/actions/workflows/{workflow}/badge.svg",
                         f"https://github.com/{slug}/actions/workflows/{workflow}", "CI"))
    return " ".join(f"[![{alt}]({img})]({link})" for img, link, alt in items)


def main():
    style = sys.argv[sys.argv.index("--style") + 1] if "--style" in sys.argv else ""
    line = badges(style)
    print(line)
    if "--write" in sys.argv:
        readme = Path("README.md")
        text = readme.read_text(encoding="utf-8")
        if START not in text or END not in text:
            sys.exit("add the badge markers to README.md first")
        new = re.sub(f"{re.escape(START)}.*?{re.escape(END)}", f"{START}\n{line}\n{END}", text, flags=re.S)
        readme.write_text(new, encoding="utf-8")
        print("README.md updated")


if __name__ == "__main__":
    main()
