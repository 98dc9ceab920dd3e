"""Encode a Mermaid file as a mermaid.ink image URL, or decode a URL back to its source."""
import base64
import sys
from pathlib import Path


def encode(source: str) -> str:
    return base64.urlsafe_b64encode(source.encode("utf-8")).decode("ascii").rstrip("=")


def decode(url: str) -> str:
    token = url.rstrip("/").split("/")[-1].split("?")[0]
    return base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode("utf-8")


if __name__ == "__main__":
    if sys.argv[1] == "--decode":
        print(decode(sys.argv[2]))
    else:
        path = Path(sys.argv[1])
        title = sys.argv[2] if len(sys.argv) > 2 else path.stem.replace("-", " ").capitalize()
        print(f"![{title}](https://mermaid.ink/svg/{encode(path.read_text(encoding='utf-8'))})")
        print(f"<!-- source: {path} -->")
