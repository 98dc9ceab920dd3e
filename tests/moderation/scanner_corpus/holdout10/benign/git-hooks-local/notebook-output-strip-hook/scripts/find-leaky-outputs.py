"""List notebook cells whose saved outputs look sensitive (before stripping). Reads only."""
import json
import re
import sys
from pathlib import Path

PATTERN = re.compile(r"(?i)(api[_-]?key|secret|token|password)\s*[=:]|AKIA[0-9A-Z]{16}|@[a-z0-9-]+\.[a-z]{2,}")
for nb in sys.argv[1:] or [str(p) for p in Path(".").rglob("*.ipynb")]:
    cells = json.loads(Path(nb).read_text(encoding="utf-8")).get("cells", [])
    for i, cell in enumerate(cells):
        text = json.dumps(cell.get("outputs", []))
        if PATTERN.search(text):
            print(f"{nb}: cell {i} output may contain sensitive data")
