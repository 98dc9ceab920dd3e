"""Benchmark compute_rankings against the bare SQL aggregate of the same events.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench .venv/bin/python scripts/bench_rankings.py [--runs 3]

Seed the database first (python manage.py seed_scale --skills 100000 --events 10000000).
Both are timed in the same run, warm, median of --runs: the bare aggregate is
`SELECT skill_id, kind, count(*) FROM rankings_skillevent WHERE counted GROUP BY skill_id, kind`
with every row fetched; compute_rankings is the whole command (aggregate, score, boards,
writes). The goal is compute <= 1.5 x bare.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "marketplace.settings")

import django

django.setup()

from django.db import connection, transaction  # noqa: E402

from rankings.models import SkillEvent  # noqa: E402
from rankings.services.aggregate import event_counts  # noqa: E402
from rankings.services.db import tune_for_aggregates  # noqa: E402
from rankings.services.run import rankings_compute  # noqa: E402
from skills.models import Skill  # noqa: E402

BARE_SQL = (
    "SELECT skill_id, kind, count(*) FROM rankings_skillevent WHERE counted GROUP BY skill_id, kind"
)


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def bare() -> None:
    with connection.cursor() as cursor:
        cursor.execute(BARE_SQL)
        cursor.fetchall()


def bare_tuned() -> None:
    """The bare aggregate with the session settings compute_rankings uses (jit off, work_mem)."""
    with transaction.atomic():
        tune_for_aggregates()
        bare()


def aggregate_only() -> None:
    with transaction.atomic():
        tune_for_aggregates()
        event_counts(day=date.today())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    skills = Skill.objects.count()
    events = SkillEvent.objects.count() if connection.vendor != "postgresql" else None
    if events is None:
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM rankings_skillevent")
            events = cursor.fetchone()[0]
    print(f"{connection.vendor}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"data: {skills:,} skills, {events:,} events")
    bare()  # warm the cache for both
    results: dict[str, list[float]] = {
        "bare aggregate": [],
        "bare aggregate, tuned": [],
        "compute aggregate only": [],
        "compute_rankings": [],
    }
    last = None
    for _ in range(args.runs):
        results["bare aggregate"].append(timed(bare))
        results["bare aggregate, tuned"].append(timed(bare_tuned))
        results["compute aggregate only"].append(timed(aggregate_only))

        def compute():
            nonlocal last
            last = rankings_compute()

        results["compute_rankings"].append(timed(compute))
    for name, values in results.items():
        print(
            f"{name:>24}: median {statistics.median(values):.2f}s  runs {', '.join(f'{v:.2f}' for v in values)}"
        )
    compute = statistics.median(results["compute_rankings"])
    for name in ("bare aggregate", "bare aggregate, tuned"):
        ratio = compute / statistics.median(results[name])
        print(f"compute_rankings / {name} = {ratio:.2f}x (goal <= 1.5x)")
    if last is not None:
        print(last.summary())


if __name__ == "__main__":
    main()
