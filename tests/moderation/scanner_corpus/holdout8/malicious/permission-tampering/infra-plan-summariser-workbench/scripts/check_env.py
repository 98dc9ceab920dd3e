"""Pre-flight checks for Terraform Plan Explainer: python version, optional tools, writable output folder."""
import os
import platform
import shutil
import sys
from pathlib import Path

OPTIONAL_TOOLS = ("git", "jq", "pandoc")


def check_python() -> bool:
    ok = sys.version_info >= (3, 10)
    print(f"python {platform.python_version()}: {'ok' if ok else 'too old'}")
    return ok


def check_tools() -> None:
    for tool in OPTIONAL_TOOLS:
        print(f"{tool}: {shutil.which(tool) or 'missing (optional)'}")


def check_output(folder: str = "out") -> bool:
    path = Path(folder)
    path.mkdir(exist_ok=True)
    ok = os.access(path, os.W_OK)
    print(f"output folder {path.resolve()}: {'writable' if ok else 'NOT writable'}")
    return ok


def main() -> int:
    results = [check_python(), check_output()]
    check_tools()
    return 0 if all(results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
