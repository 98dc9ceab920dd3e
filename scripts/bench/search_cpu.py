"""CPU per uncached API search, PostgreSQL's and Django's apart, in-process (issue #23).

    DATABASE_URL=postgres://.../wt_x_100k .venv/bin/python scripts/bench/search_cpu.py \
        [--rounds 4] [--path "/api/v1/skills?q={}"]

The 50 benchmark searches through Django's test client (production settings, caches off),
`--rounds` times after one warm-up round, on one database connection: the CPU time its
PostgreSQL backend used (`/proc/<pid>/stat`, utime + stime) and this process's, per answer,
and the statements per answer. CPU time moves much less with the machine's load than the
wall clock; the backend's includes parsing and planning, which EXPLAIN leaves out. Run a
`git archive` of other code with this virtualenv (`python /that/tree/scripts/bench/...`)
to compare.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cpu_profile  # noqa: F401 - sets up Django with the production settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from queries import SEARCH_QUERIES

TICKS = os.sysconf("SC_CLK_TCK")


def backend_cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--path", default="/api/v1/skills?q={}")
    args = parser.parse_args()
    client = Client(HTTP_USER_AGENT="search-cpu/1", REMOTE_ADDR="127.0.0.1")
    urls = [args.path.format(quote(q)) for q in SEARCH_QUERIES]
    with CaptureQueriesContext(connection) as captured:
        for url in urls:  # warm-up: imports, compiled statements, the tier band cached
            assert client.get(url).status_code == 200, url
    statements = len(captured.captured_queries) / len(urls)
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    pg, py = [], []
    for _ in range(args.rounds):
        pg0, py0 = backend_cpu(pid), time.process_time()
        for url in urls:
            client.get(url)
        pg.append((backend_cpu(pid) - pg0) / len(urls) * 1000)
        py.append((time.process_time() - py0) / len(urls) * 1000)
    load = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    print(
        f"{args.path}: PostgreSQL CPU {statistics.median(pg):.2f} ms per answer"
        f" (rounds {', '.join(f'{v:.2f}' for v in pg)}); Django process"
        f" {statistics.median(py):.2f} ms ({', '.join(f'{v:.2f}' for v in py)});"
        f" {statements:.2f} statements per answer; load {load}"
    )


if __name__ == "__main__":
    main()
