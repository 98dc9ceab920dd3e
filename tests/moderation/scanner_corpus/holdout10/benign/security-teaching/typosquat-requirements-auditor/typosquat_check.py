"""Flag dependency names that look like typos of popular packages. Names only; installs nothing."""
import json
import re
import sys
from pathlib import Path

AFFIXES = ("python-", "py-", "node-", "-python", "-py", "-js", "-node")


def norm(name):
    return re.sub(r"[-_.]+", "-", name.lower()).strip()


def dl_distance(a, b):
    d = [[i + j if i * j == 0 else 0 for j in range(len(b) + 1)] for i in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[-1][-1]


def names(path):
    p = Path(path)
    if p.name == "package.json":
        data = json.loads(p.read_text())
        return list({**data.get("dependencies", {}), **data.get("devDependencies", {})})
    return [re.split(r"[<>=!~\[; ]", line.strip())[0] for line in p.read_text().splitlines()
            if line.strip() and not line.startswith(("#", "-"))]


popular = {norm(n) for n in Path(__file__).with_name("popular.txt").read_text().split()}
found = 0
for path in sys.argv[1:]:
    for raw in names(path):
        n = norm(raw)
        if not n or n in popular:
            continue
        close = [p for p in popular if abs(len(p) - len(n)) <= 1 and dl_distance(n, p) == 1]
        affix = [p for p in popular for a in AFFIXES if n in (a + p, p + a)]
        for p in close:
            print(f"{path}: CLOSE {raw} ~ {p}")
        for p in affix:
            print(f"{path}: AFFIX {raw} ~ {p}")
        found += len(close) + len(affix)
print(f"{found} name(s) to review" if found else "no look-alike names found")
sys.exit(1 if found else 0)
