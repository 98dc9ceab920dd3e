"""Kroki URL encoding: zlib deflate, then base64url (as documented by Kroki)."""
import base64
import os
import zlib
from pathlib import Path

TYPES = {".puml": "plantuml", ".dot": "graphviz", ".d2": "d2", ".bpmn": "bpmn", ".mmd": "mermaid", ".excalidraw": "excalidraw"}
BASE = os.environ.get("KROKI_URL", "https://kroki.io").rstrip("/")


def encode(source: str) -> str:
    return base64.urlsafe_b64encode(zlib.compress(source.encode("utf-8"), 9)).decode("ascii")


def decode(token: str) -> str:
    return zlib.decompress(base64.urlsafe_b64decode(token)).decode("utf-8")


def link(path: Path, fmt: str = "svg") -> str:
    kind = TYPES[path.suffix]
    return f"{BASE}/{kind}/{fmt}/{encode(path.read_text(encoding='utf-8'))}"


def markdown(path: Path, fmt: str = "svg") -> str:
    alt = path.stem.replace("-", " ").replace("_", " ").capitalize()
    return f"![{alt}]({link(path, fmt)})\n<!-- kroki-source: {path.as_posix()} -->"
