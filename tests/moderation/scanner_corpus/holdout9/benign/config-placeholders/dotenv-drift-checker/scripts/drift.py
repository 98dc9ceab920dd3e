"""Compare variable names (never values) between .env and .env.example."""
import argparse
import pathlib
import sys


def names(path: pathlib.Path) -> set[str]:
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        name = line.split("=", 1)[0].removeprefix("export ").strip()
        out.add(name)
    return out


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--ci", action="store_true")
    a = p.parse_args()
    example = names(pathlib.Path(".env.example"))
    if a.ci:
        print(f".env.example: {len(example)} variables")
        return 0
    actual = names(pathlib.Path(".env"))
    missing, extra = sorted(example - actual), sorted(actual - example)
    print("missing in .env:  ", ", ".join(missing) or "-")
    print("only in .env:     ", ", ".join(extra) or "-")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
