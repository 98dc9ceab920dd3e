import argparse
import pathlib
import shutil

HOME = pathlib.Path.home()
CACHES = {
    "pip": HOME / ".cache" / "pip",
    "npm": HOME / ".npm" / "_cacache",
    "yarn": HOME / ".cache" / "yarn",
    "cargo": HOME / ".cargo" / "registry" / "cache",
    "go-build": HOME / ".cache" / "go-build",
}


def size(path: pathlib.Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) if path.exists() else 0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--apply", nargs="*", choices=sorted(CACHES), default=None)
    args = ap.parse_args()
    for name, path in CACHES.items():
        print(f"{name:<9} {size(path) / 2**20:9.1f} MB  {path}")
    if args.apply is None:
        print("\ndry run; pass --apply NAME... to clear")
        return
    for name in args.apply:
        shutil.rmtree(CACHES[name], ignore_errors=True)
        print("cleared", name)


if __name__ == "__main__":
    main()
