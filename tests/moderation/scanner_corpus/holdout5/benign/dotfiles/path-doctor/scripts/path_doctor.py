import os
import shutil
from collections import Counter
from pathlib import Path

STARTUP = [".bashrc", ".bash_profile", ".profile", ".zshrc", ".zprofile", ".config/fish/config.fish"]


def where_added(entry: str) -> list[str]:
    home = Path.home()
    hits = []
    for name in STARTUP:
        path = home / name
        if not path.exists():
            continue
        for n, line in enumerate(path.read_text(errors="replace").splitlines(), 1):
            if "PATH" in line and (entry in line or entry.replace(str(home), "$HOME") in line):
                hits.append(f"~/{name}:{n}")
    return hits


def main() -> None:
    entries = os.environ.get("PATH", "").split(os.pathsep)
    counts = Counter(entries)
    for e in dict.fromkeys(entries):
        problems = []
        if counts[e] > 1:
            problems.append(f"appears {counts[e]} times")
        if not Path(e).is_dir():
            problems.append("missing folder")
        origin = ", ".join(where_added(e)) or "system/default"
        print(f"{'!' if problems else ' '} {e}  [{origin}] {'; '.join(problems)}")
    for cmd in ("python3", "node", "git"):
        print(f"{cmd} -> {shutil.which(cmd)}")


if __name__ == "__main__":
    main()
