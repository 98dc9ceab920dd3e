import argparse
import base64
import zlib
from pathlib import Path

TYPES = {"plantuml", "graphviz", "d2", "mermaid", "bpmn", "c4plantuml", "erd", "nomnoml", "vegalite"}
ap = argparse.ArgumentParser()
ap.add_argument("type", choices=sorted(TYPES))
ap.add_argument("source", type=Path)
ap.add_argument("--format", default="svg")
ap.add_argument("--server", default="https://kroki.io")
a = ap.parse_args()
encoded = base64.urlsafe_b64encode(zlib.compress(a.source.read_bytes(), 9)).decode()
url = f"{a.server.rstrip('/')}/{a.type}/{a.format}/{encoded}"
print(url)
print(f"\n![{a.source.stem}]({url})")
