"""The 50 bench searches asked in rounds, as a mixed workload asks them: SQL time per request
and the shared buffers PostgreSQL found in its cache or had to read (issue #23, sixth pass:
does `shared_buffers` change how the search grows?).

    DATABASE_URL=postgres://...:5433/wt_x_300k .venv/bin/python scripts/bench/search_rounds.py \
        [--rounds 3] [--only page,api]

Each round asks every query once (search page, then API search) through Django's test client
(production settings, caches off), timing the SQL in-process (wall clock). The database's
block counters (`pg_stat_database`: blks_hit, blks_read) are read before and after each
round from a fresh session, the measuring session closed first so its counters are flushed.
Round 1 after a server restart starts with empty shared buffers (the OS cache may still hold
the files); the later rounds show what stays cached. One line per round.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))

from inprocess import SqlTimer, setup_django

setup_django()

import psycopg  # noqa: E402
from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from queries import SEARCH_QUERIES  # noqa: E402
from stats import percentile  # noqa: E402

URLS = {"page": "/skills/?q={}", "api": "/api/v1/skills?q={}"}


def blocks() -> tuple[int, int]:
    db = settings.DATABASES["default"]
    with psycopg.connect(
        host=db["HOST"], port=db["PORT"] or 5432, user=db["USER"], dbname=db["NAME"]
    ) as conn:
        conn.execute("SELECT pg_stat_clear_snapshot()")
        row = conn.execute(
            "SELECT blks_hit, blks_read FROM pg_stat_database WHERE datname = current_database()"
        ).fetchone()
    return int(row[0]), int(row[1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--only", default="page,api")
    args = parser.parse_args()
    client = Client(HTTP_USER_AGENT="search-rounds/1", REMOTE_ADDR="127.0.0.1")
    kinds = args.only.split(",")
    out = []
    for n in range(1, args.rounds + 1):
        connection.close()
        time.sleep(1.1)
        hit0, read0 = blocks()
        per: list[float] = []
        for query in SEARCH_QUERIES:
            for kind in kinds:
                timer = SqlTimer()
                with connection.execute_wrapper(timer):
                    client.get(URLS[kind].format(quote(query)))
                per.append(timer.seconds * 1000)
        connection.close()
        time.sleep(1.1)
        hit1, read1 = blocks()
        requests = len(per)
        row = {
            "round": n,
            "requests": requests,
            "sql_ms_mean": statistics.mean(per),
            "sql_ms_median": statistics.median(per),
            "sql_ms_p95": percentile(per, 95),
            "hit_per_request": (hit1 - hit0) / requests,
            "read_per_request": (read1 - read0) / requests,
        }
        out.append(row)
        print(
            f"round {n}: SQL per request mean {row['sql_ms_mean']:.2f} ms, median "
            f"{row['sql_ms_median']:.2f}, p95 {row['sql_ms_p95']:.2f}; buffers per request: "
            f"{row['hit_per_request']:.0f} hit, {row['read_per_request']:.0f} read",
            flush=True,
        )
    print("ROUNDSJSON " + json.dumps(out))


if __name__ == "__main__":
    main()
