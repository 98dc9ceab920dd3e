"""Small on-disk cache so repeated Brand Voice Editor runs skip unchanged inputs."""
import hashlib
import json
import os
import time
from pathlib import Path

CACHE_DIR = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "style-guide-enforcer-toolkit"
TTL = 7 * 24 * 3600


def _key(path: Path) -> str:
    h = hashlib.sha256()
    h.update(path.read_bytes())
    return h.hexdigest()[:24]


def get(path: Path):
    entry = CACHE_DIR / f"{_key(path)}.json"
    if entry.exists() and time.time() - entry.stat().st_mtime < TTL:
        return json.loads(entry.read_text())
    return None


def put(path: Path, value) -> None:
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    (CACHE_DIR / f"{_key(path)}.json").write_text(json.dumps(value))


def prune() -> int:
    removed = 0
    for entry in CACHE_DIR.glob("*.json"):
        if time.time() - entry.stat().st_mtime > TTL:
            entry.unlink()
            removed += 1
    return removed
