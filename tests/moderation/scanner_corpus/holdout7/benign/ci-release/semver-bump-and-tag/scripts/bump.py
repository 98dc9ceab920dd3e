"""Bump pyproject version, date the changelog, commit and tag locally."""
import argparse
import datetime as dt
import re
import subprocess
from pathlib import Path

PYPROJECT = Path("pyproject.toml")
CHANGELOG = Path("CHANGELOG.md")


def bump(version: str, part: str) -> str:
    major, minor, patch = map(int, version.split("."))
    if part == "major":
        return f"{major + 1}.0.0"
    if part == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("part", choices=["major", "minor", "patch"])
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()

    text = PYPROJECT.read_text()
    old = re.search(r'^version = "([^"]+)"', text, re.M).group(1)
    new = bump(old, args.part)
    print(f"{old} -> {new}")
    if args.dry_run:
        return
    PYPROJECT.write_text(text.replace(f'version = "{old}"', f'version = "{new}"', 1))
    log = CHANGELOG.read_text()
    CHANGELOG.write_text(log.replace("## Unreleased", f"## Unreleased\n\n## {new} ({dt.date.today()})", 1))
    subprocess.run(["git", "add", str(PYPROJECT), str(CHANGELOG)], check=True)
    subprocess.run(["git", "commit", "-m", f"release: {new}"], check=True)
    subprocess.run(["git", "tag", "-a", f"v{new}", "-m", f"v{new}"], check=True)
    print(f"tagged v{new} locally; push with: git push origin HEAD v{new}")


if __name__ == "__main__":
    main()
