"""Database-side figures for the benchmark, printed as one JSON object (run by run.py).

    DATABASE_URL=postgres://.../bench_quick python scripts/bench/sql_probe.py search rankings

- search: each of the 50 queries through `skills.selectors.skill_search`, first page of
  20 (what the API and the search page run: the typo check and the page, summed; the
  capped count apart), under EXPLAIN (ANALYZE); "Execution Time". Also the whole call.
- rankings: `rankings.services.rankings_compute()` timed in-process, and the bare GROUP BY
  aggregate over the raw events (best of 3).
- endpoints: one request per endpoint through Django's test client with its queries captured
  (where the time goes: Python or SQL).
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "marketplace.settings")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from queries import SEARCH_QUERIES  # noqa: E402
from stats import percentile  # noqa: E402

PAGE = 20
BARE_AGGREGATE = "SELECT skill_id, count(*) FROM rankings_skillevent WHERE counted GROUP BY skill_id"


def explain_ms(sql: str, params) -> float:
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + sql, params)
        plan = cursor.fetchone()[0]
    if isinstance(plan, str):
        plan = json.loads(plan)
    return float(plan[0]["Execution Time"])


def search() -> dict:
    """Per query: every statement of `skill_search(...)` and its first page (the typo
    check and the page), summed, and apart from them the capped count the API and the
    search page also run; plus the whole call in-process (median of 5, SQL included)."""
    from django.test.utils import CaptureQueriesContext

    from skills.selectors import COUNT_CAP, skill_search

    times: dict[str, float] = {}
    counts: dict[str, float] = {}
    calls: dict[str, float] = {}
    for query in SEARCH_QUERIES:
        with CaptureQueriesContext(connection) as page:  # warm: the API answers warm too
            qs = skill_search(query=query)
            list(qs[:PAGE])
        with CaptureQueriesContext(connection) as count:
            qs.order_by()[:COUNT_CAP].count()
        times[query] = sum(min(explain_ms(q["sql"], None) for _ in range(2)) for q in page.captured_queries)
        counts[query] = min(explain_ms(q["sql"], None) for q in count.captured_queries for _ in range(2))
        runs = []
        for _ in range(5):
            started = time.perf_counter()
            list(skill_search(query=query)[:PAGE])
            runs.append((time.perf_counter() - started) * 1000)
        calls[query] = statistics.median(runs)
    values = list(times.values())
    slowest = max(times, key=times.get)
    return {
        "queries": len(values),
        "median_ms": statistics.median(values),
        "p95_ms": percentile(values, 95),
        "max_ms": times[slowest],
        "slowest_query": slowest,
        "count_median_ms": statistics.median(counts.values()),
        "count_p95_ms": percentile(list(counts.values()), 95),
        "call_median_ms": statistics.median(calls.values()),
        "call_p95_ms": percentile(list(calls.values()), 95),
        "per_query_count_ms": counts,
        "per_query_ms": times,
    }


def rankings() -> dict:
    from rankings.services import rankings_compute

    started = time.perf_counter()
    run = rankings_compute()
    compute = time.perf_counter() - started
    aggregate = []
    for _ in range(3):
        t = time.perf_counter()
        with connection.cursor() as cursor:
            cursor.execute(BARE_AGGREGATE)
            cursor.fetchall()
        aggregate.append(time.perf_counter() - t)
    return {
        "compute_seconds": compute,
        "aggregate_seconds": min(aggregate),
        "aggregate_sql": BARE_AGGREGATE,
        "summary": run.summary() if hasattr(run, "summary") else "",
    }


def sql_gist(sql: str) -> str:
    """The telling part of a long SELECT: what it reads and how it orders, not its columns."""
    start = sql.find(" FROM ")
    gist = sql[start + 1:][:110] if start >= 0 else sql[:110]
    order = sql.rfind(" ORDER BY ")
    if order > start + 110:
        gist += " … " + sql[order + 1:][:90]
    return gist


def endpoints() -> dict:
    """Where the time of one request goes: in-process through Django's test client (no
    HTTP, no gunicorn), best of 3: total time, number of queries, time in SQL, slowest query."""
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from skills.models import Skill

    skill = Skill.objects.filter(status="published").order_by("slug").first()
    paths = {
        "Health": "/api/v1/health",
        "Home page": "/",
        "Search page": "/skills/?q=pdf",
        "Skill page": f"/s/{skill.slug}/" if skill else None,
        "API list": "/api/v1/skills",
        "API search": "/api/v1/skills?q=pdf",
        "API search (typo)": "/api/v1/skills?q=kubernets",
        "API search (CJK)": "/api/v1/skills?q=文档处理",
        "API detail": f"/api/v1/skills/{skill.pk}" if skill else None,
    }
    client = Client()
    out = {}
    for name, path in paths.items():
        if path is None:
            continue
        client.get(path)
        best = None
        for _ in range(3):
            with CaptureQueriesContext(connection) as ctx:
                started = time.perf_counter()
                response = client.get(path)
                total = (time.perf_counter() - started) * 1000
            if best is None or total < best["total_ms"]:
                slowest = max(ctx.captured_queries, key=lambda q: float(q["time"]), default=None)
                best = {
                    "path": path, "status": response.status_code, "total_ms": total,
                    "queries": len(ctx.captured_queries),
                    "sql_ms": sum(float(q["time"]) for q in ctx.captured_queries) * 1000,
                    "slowest_ms": float(slowest["time"]) * 1000 if slowest else 0.0,
                    "slowest_sql": sql_gist(slowest["sql"]) if slowest else "",
                }
        out[name] = best
    return out


if __name__ == "__main__":
    parts = sys.argv[1:] or ["search", "rankings"]
    out = {}
    if "rankings" in parts:
        out["rankings"] = rankings()
    if "search" in parts:
        out["search"] = search()
    if "endpoints" in parts:
        out["endpoints"] = endpoints()
    print("PROBEJSON " + json.dumps(out))
