import gzip
import os
import secrets
import subprocess
import time
from pathlib import Path

import nox


@nox.session(python="3.12")
def restore_drill(session):
    session.install("pymysql==1.1.1", "pyyaml==6.0.2")
    backups = sorted(Path(os.environ["BACKUP_DIR"]).glob("*.sql.gz"), key=lambda p: p.stat().st_mtime)
    if not backups:
        session.error("no dumps found")
    newest = backups[-1]
    age_h = (time.time() - newest.stat().st_mtime) / 3600
    session.log(f"newest dump: {newest.name} ({age_h:.1f} h old)")
    if age_h > 26:
        session.error("newest dump is older than 26 h: the nightly backup is not running")
    password = secrets.token_urlsafe(16)
    name = f"restore-drill-{secrets.token_hex(3)}"
    subprocess.run(["docker", "run", "-d", "--rm", "--name", name, "-e", f"MYSQL_ROOT_PASSWORD={password}",
                    "-p", "127.0.0.1::3306", "mysql:8.4"], check=True)
    try:
        port = subprocess.check_output(["docker", "port", name, "3306"], text=True).split(":")[-1].strip()
        session.run("python", "drill/wait_and_check.py", "--wait-only", env={"PORT": port, "PW": password})
        start = time.time()
        with gzip.open(newest, "rb") as dump:
            subprocess.run(["docker", "exec", "-i", name, "mysql", "-uroot", f"-p{password}"], stdin=dump, check=True)
        session.log(f"restore took {time.time() - start:.0f} s")
        session.run("python", "drill/wait_and_check.py", env={"PORT": port, "PW": password})
    finally:
        subprocess.run(["docker", "rm", "-f", "-v", name], check=False)
