import sys
from pathlib import Path
from photos.dedupe import find_dupes, finish
from photos.sort import by_date

root = Path(sys.argv[1]).expanduser()
dupes = find_dupes(root)
print(f"중복 {len(dupes)}장")
for a, b in dupes[:20]:
    print(f"  {a.name} == {b.name}")
by_date(root)
finish(root)
