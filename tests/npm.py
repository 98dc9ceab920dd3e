"""npm packages for the `cli` tests, installed once per version into a cache folder.

The folder is `$NPM_TOOLS_DIR` or `~/.cache/agent-skills-marketplace/npm/<name>@<version>`.
Without Node.js the tests skip, except under CI (`CI=true`), where a missing tool fails.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

CACHE = Path(
    os.environ.get("NPM_TOOLS_DIR", Path.home() / ".cache" / "agent-skills-marketplace" / "npm")
)

# The versions the cli tests run; skills@1.5.18 is the last that runs on Node.js 20.
SKILLS_CLI = ("skills", "1.5.18", "bin/cli.mjs")


def _unavailable(reason: str):
    if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
        pytest.fail(reason)
    pytest.skip(reason)


def npm_tool(name: str, version: str, entry: str) -> Path:
    """The path of `entry` inside the npm package `name@version`, installing it if needed."""
    if not shutil.which("node") or not shutil.which("npm"):
        _unavailable("Node.js and npm are needed for the cli tests")
    folder = CACHE / f"{name.replace('/', '__')}@{version}"
    path = folder / "node_modules" / name / entry
    if not path.exists():
        folder.mkdir(parents=True, exist_ok=True)
        result = subprocess.run(
            [
                "npm",
                "install",
                "--prefix",
                str(folder),
                "--no-audit",
                "--no-fund",
                f"{name}@{version}",
            ],
            capture_output=True,
            text=True,
            timeout=600,
        )
        if result.returncode != 0 or not path.exists():
            _unavailable(f"could not install {name}@{version}: {result.stderr[-800:]}")
    return path


def node_env(home: Path) -> dict[str, str]:
    """A quiet, telemetry-free environment for a CLI run with its own HOME."""
    return {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(home),
        "CI": "1",
        "NO_COLOR": "1",
        "DISABLE_TELEMETRY": "1",
        "DO_NOT_TRACK": "1",
    }
