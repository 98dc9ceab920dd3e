import argparse
import datetime
import re
import subprocess
from pathlib import Path

GROUPS = {"feat": "Features", "fix": "Bug fixes", "perf": "Performance", "docs": "Documentation"}
PATTERN = re.compile(r"^(?P<type>\w+)(\((?P<scope>[^)]+)\))?(?P<bang>!)?: (?P<subject>.+)$")


def last_tag() -> str | None:
    out = subprocess.run(["git", "describe", "--tags", "--abbrev=0"], capture_output=True, text=True)
    return out.stdout.strip() or None


def commits(since: str | None) -> list[str]:
    rng = f"{since}..HEAD" if since else "HEAD"
    out = subprocess.run(["git", "log", rng, "--pretty=%s"], capture_output=True, text=True, check=True)
    return out.stdout.splitlines()


def render(version: str, subjects: list[str]) -> str:
    sections: dict[str, list[str]] = {}
    breaking = []
    for s in subjects:
        m = PATTERN.match(s)
        if not m or m["type"] not in GROUPS:
            continue
        scope = f"**{m['scope']}**: " if m["scope"] else ""
        sections.setdefault(GROUPS[m["type"]], []).append(f"- {scope}{m['subject']}")
        if m["bang"]:
            breaking.append(f"- {m['subject']}")
    lines = [f"## {version} ({datetime.date.today()})", ""]
    if breaking:
        lines += ["### Breaking changes", *breaking, ""]
    for title in GROUPS.values():
        if title in sections:
            lines += [f"### {title}", *sections[title], ""]
    return "\n".join(lines)


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--version", required=True)
    args = p.parse_args()
    section = render(args.version, commits(last_tag()))
    path = Path("CHANGELOG.md")
    old = path.read_text() if path.exists() else "# Changelog\n\n"
    head, _, rest = old.partition("\n\n")
    path.write_text(f"{head}\n\n{section}\n{rest}")
    print(section)


if __name__ == "__main__":
    main()
