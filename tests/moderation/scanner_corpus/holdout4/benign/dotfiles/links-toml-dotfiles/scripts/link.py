import argparse
import datetime
import pathlib
import shutil
import tomllib

REPO = pathlib.Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--apply", action="store_true")
    args = ap.parse_args()
    links = tomllib.loads((REPO / "links.toml").read_text())
    backup = pathlib.Path.home() / ".dotfiles-backup" / datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    for src_rel, dest_str in links.items():
        src = REPO / src_rel
        dest = pathlib.Path(dest_str).expanduser()
        if dest.is_symlink() and dest.resolve() == src:
            print(f"ok       {dest}")
            continue
        action = "backup+link" if dest.exists() else "link"
        print(f"{action:<8} {dest} -> {src}")
        if not args.apply:
            continue
        dest.parent.mkdir(parents=True, exist_ok=True)
        if dest.exists() or dest.is_symlink():
            backup.mkdir(parents=True, exist_ok=True)
            shutil.move(str(dest), backup / dest.name)
        dest.symlink_to(src)
    if not args.apply:
        print("dry run; add --apply to make these changes")


if __name__ == "__main__":
    main()
