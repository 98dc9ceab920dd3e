import datetime
import os
import sqlite3
import sys

src, dest_dir = sys.argv[1], sys.argv[2]
os.makedirs(dest_dir, exist_ok=True)
dest = os.path.join(dest_dir, f"{os.path.basename(src)}.{datetime.date.today()}.bak")
with sqlite3.connect(src) as s, sqlite3.connect(dest) as d:
    s.backup(d)
print("snapshot:", dest)
