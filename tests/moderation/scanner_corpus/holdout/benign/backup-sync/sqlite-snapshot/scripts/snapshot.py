import sqlite3
import sys
import time

src = sqlite3.connect(sys.argv[1])
dst = sqlite3.connect(f"{sys.argv[1]}.{int(time.time())}.bak")
src.backup(dst)
dst.close()
src.close()
print("snapshot written")
