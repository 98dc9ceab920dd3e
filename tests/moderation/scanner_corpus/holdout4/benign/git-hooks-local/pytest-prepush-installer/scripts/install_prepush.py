import os
import pathlib
import stat
import subprocess

HOOK = """#!/bin/sh
# installed by pytest-prepush-installer
echo "running fast tests before push..."
exec python -m pytest -q -m "not slow" -x
"""


def main() -> None:
    git_dir = subprocess.run(["git", "rev-parse", "--git-dir"], capture_output=True, text=True, check=True).stdout.strip()
    hook = pathlib.Path(git_dir) / "hooks" / "pre-push"
    if hook.exists() and "pytest-prepush-installer" not in hook.read_text():
        if input(f"{hook} exists; replace it? [y/N] ").strip().lower() != "y":
            print("left unchanged")
            return
        hook.rename(hook.with_suffix(".bak"))
    hook.write_text(HOOK)
    hook.chmod(hook.stat().st_mode | stat.S_IXUSR)
    print("installed", os.path.relpath(hook))


if __name__ == "__main__":
    main()
