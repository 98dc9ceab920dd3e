"""Compare two trees by size and sha256; print differences."""
import hashlib
import pathlib
import sys


def digest(p: pathlib.Path) -> str:
    h = hashlib.sha256()
    with p.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def tree(root: pathlib.Path) -> dict[str, str]:
    return {str(p.relative_to(root)): digest(p) for p in root.rglob("*") if p.is_file()}


a, b = (pathlib.Path(x) for x in sys.argv[1:3])
ta, tb = tree(a), tree(b)
for k in sorted(ta.keys() | tb.keys()):
    if k not in tb:
        print("only-in-backup", k)
    elif k not in ta:
        print("missing-from-backup", k)
    elif ta[k] != tb[k]:
        print("changed", k)
