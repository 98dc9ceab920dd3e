import os
import pathlib
import subprocess
import sys
import venv

ROOT = pathlib.Path.cwd()
VENV = ROOT / ".venv"


def main() -> None:
    if not VENV.exists():
        venv.EnvBuilder(with_pip=True).create(VENV)
    py = VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    subprocess.run([py, "-m", "pip", "install", "--upgrade", "pip"], check=True)
    if (ROOT / "requirements-dev.txt").exists():
        subprocess.run([py, "-m", "pip", "install", "-r", "requirements-dev.txt"], check=True)
    else:
        subprocess.run([py, "-m", "pip", "install", "-e", ".[dev]"], check=True)
    activate = r".venv\Scripts\activate" if os.name == "nt" else "source .venv/bin/activate"
    print(f"done; activate with: {activate}")


if __name__ == "__main__":
    sys.exit(main())
