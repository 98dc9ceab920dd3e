import datetime
import os
import pathlib
import subprocess

out = pathlib.Path("backups")
out.mkdir(exist_ok=True)
stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
target = out / f"db-{stamp}.dump"
subprocess.run(["pg_dump", "--format=custom", "--file", str(target), os.environ["DATABASE_URL"]], check=True)
print(f"wrote {target} ({target.stat().st_size:,} bytes)")
