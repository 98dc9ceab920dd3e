"""Database-side figures for the benchmark, printed as one JSON object (run by run.py).

    DATABASE_URL=postgres://.../bench_quick python scripts/bench/sql_probe.py search rankings

- search: each of the 50 queries through `skills.selectors.skill_search`, first page of
  20 (what the API and the search page run: the statements of the search itself (the
  typo check; an unfiltered relevance search also ranks and counts when it is made) and
  the page, summed; the capped count apart (no statement when the search counted when
  made), run before the page as a request runs it), under EXPLAIN (ANALYZE); "Execution
  Time". Also the whole call.
- rankings: `rankings.services.run.rankings_compute()` timed in-process against the bare
  aggregate of the same events (`BARE_AGGREGATE`, every row fetched), each compute run
  followed by one bare run, medians (see `rankings`). `compute_seconds` /
  `aggregate_seconds` are the steady-state daily run and its bare runs: the ratio the
  issue asks about (goal <= 1.5).
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
BARE_AGGREGATE = (
    "SELECT skill_id, count(*) FROM rankings_skillevent WHERE counted GROUP BY skill_id"
)
DAILY_RUNS = int(os.environ.get("PROBE_RANKINGS_RUNS", "5"))
COLD_RUNS = int(os.environ.get("PROBE_RANKINGS_COLD_RUNS", "3"))
# Autovacuum's work between two daily runs (it may be off on a benchmark server).
VACUUMED = (
    "skills_skill",
    "skills_skillsortkey",
    "rankings_skillpopularity",
    "rankings_skilldailycount",
    "rankings_summarisedday",
    "rankings_skillranksnapshot",
    "rankings_skillcounttotal",
)


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

    from skills.search_ranked import SEARCH_COUNT_CAP
    from skills.selectors import skill_search

    times: dict[str, float] = {}
    counts: dict[str, float] = {}
    calls: dict[str, float] = {}
    for query in SEARCH_QUERIES:
        # In a request's order (warm: the API answers warm too): the search's typo check,
        # the capped count, the page. An unfiltered relevance search ranks its first ids in
        # the count's statement and the page reads them (skills.search_ranked._RankedAhead).
        with CaptureQueriesContext(connection) as typo:
            qs = skill_search(query=query)
        with CaptureQueriesContext(connection) as count:
            qs.order_by()[:SEARCH_COUNT_CAP].count()
        with CaptureQueriesContext(connection) as page:
            list(qs[:PAGE])
        times[query] = sum(
            min(explain_ms(q["sql"], None) for _ in range(2))
            for q in [*typo.captured_queries, *page.captured_queries]
        )
        counts[query] = sum(
            min(explain_ms(q["sql"], None) for _ in range(2)) for q in count.captured_queries
        )
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


def _bare_aggregate() -> float:
    started = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute(BARE_AGGREGATE)
        cursor.fetchall()
    return time.perf_counter() - started


def _vacuum() -> None:
    with connection.cursor() as cursor:
        for table in VACUUMED:
            cursor.execute(f"VACUUM (ANALYZE) {table}")


def _forget_summaries(*, newest_only: bool) -> None:
    """Drop daily summaries compute_rankings wrote (days that still have raw events; days
    already pruned have no SummarisedDay row and are kept), all or the newest day's."""
    from rankings.models import SkillDailyCount, SummarisedDay

    days = list(SummarisedDay.objects.order_by("-day").values_list("day", flat=True))
    days = days[:1] if newest_only else days
    SkillDailyCount.objects.filter(day__in=days).delete()
    SummarisedDay.objects.filter(day__in=days).delete()


def _totals_back_to(day) -> None:
    """Take the all-time totals back to `day` (where the previous day's run left them), so
    a timed run moves them forward by one day as every daily run does."""
    from django.db import transaction

    from rankings.models import CountTotalsMark, SkillDailyCount
    from rankings.services.totals import totals_add

    with transaction.atomic():
        mark = CountTotalsMark.objects.first()
        if mark is not None and mark.day > day:
            totals_add(SkillDailyCount.objects.filter(day__gt=day, day__lte=mark.day), sign=-1)
            mark.day = day
            mark.save()


def rankings() -> dict:
    """compute_rankings against the bare aggregate, in the same process, on the same data.

    - bare: `BARE_AGGREGATE` (one GROUP BY skill_id over every counted raw event, rows
      fetched), run right after each timed compute run so both see the same machine load.
    - daily run (steady state), DAILY_RUNS times: what the scheduled run does every day.
      Untimed set-up: rankings of yesterday computed (so popularity, sort keys and
      snapshots start from the day before and the run rewrites what really changes), the
      newest summarised day forgotten (so the run summarises the day that became final,
      as every day), the all-time totals taken back to where yesterday's run leaves them
      (so the run moves them one day forward, as every day), VACUUM (ANALYZE) of the written tables (autovacuum's work). Timed:
      `rankings_compute()`. This is the ratio the issue asks about.
    - first run (cold summaries), COLD_RUNS times: every summary written by compute_rankings
      dropped first, so the run summarises every final day (the first run after deploying
      or after re-seeding); reported, not the goal.
    Yesterday's snapshots are removed afterwards if they were not there before.
    """
    from datetime import UTC, datetime, timedelta

    from rankings.models import SkillRankSnapshot
    from rankings.services.run import rankings_compute
    from rankings.services.totals import WINDOW_DAYS

    yesterday = datetime.now(UTC).date() - timedelta(days=1)
    had_yesterday = SkillRankSnapshot.objects.filter(date=yesterday).exists()
    _bare_aggregate()  # warm the cache for both
    median = statistics.median
    cold, cold_bare = [], []
    for _ in range(COLD_RUNS):
        _forget_summaries(newest_only=False)
        _vacuum()
        started = time.perf_counter()
        run = rankings_compute()
        cold.append(time.perf_counter() - started)
        cold_bare.append(_bare_aggregate())
    daily, daily_bare, phases = [], [], []
    for _ in range(DAILY_RUNS):
        rankings_compute(on=yesterday)
        _forget_summaries(newest_only=True)
        _totals_back_to(yesterday - timedelta(days=WINDOW_DAYS))
        _vacuum()
        started = time.perf_counter()
        run = rankings_compute()
        daily.append(time.perf_counter() - started)
        phases.append(run.timings)
        daily_bare.append(_bare_aggregate())
    if not had_yesterday:
        SkillRankSnapshot.objects.filter(date=yesterday).delete()
    out = {
        "measures": (
            "compute_seconds: median of the steady-state daily compute_rankings runs (one final "
            "day summarised, yesterday's ranking in place); aggregate_seconds: median of the bare "
            "GROUP BY run after each of them; cold_*: the first run, every final day summarised"
        ),
        "aggregate_sql": BARE_AGGREGATE,
        "summary": run.summary() if DAILY_RUNS or COLD_RUNS else "",
    }
    if daily:
        out |= {
            "compute_seconds": median(daily),
            "aggregate_seconds": median(daily_bare),
            "ratio": median(daily) / median(daily_bare),
            "daily_runs": daily,
            "daily_bare_runs": daily_bare,
            "daily_phases": {name: median(p.get(name, 0.0) for p in phases) for name in phases[0]},
        }
    if cold:
        out |= {
            "cold_seconds": median(cold),
            "cold_aggregate_seconds": median(cold_bare),
            "cold_ratio": median(cold) / median(cold_bare),
            "cold_runs": cold,
            "cold_bare_runs": cold_bare,
        }
    return out


def listings() -> dict:
    """The listings ordered by popularity or trending (the sort keys' readers), with and
    without filters, first and deep pages, as the skills page reads them (deep pages
    ids-first): per case the median of 3 runs of the page's statements under `EXPLAIN
    (ANALYZE)`, execution times summed, in ms."""
    from django.test.utils import CaptureQueriesContext

    from marketplace.paging import page_rows
    from skills.models import Category, Skill
    from skills.page_selectors import skill_neighbours
    from skills.selectors import SkillFilters, skill_search
    from skills.views import PER_PAGE

    category = (
        Category.objects.filter(skills__status="published")
        .values_list("key", flat=True)
        .order_by("key")
        .first()
    )
    deep = 49 * PER_PAGE  # page 50
    cases = {
        "popular p1": ("popular", SkillFilters(), "", 0),
        "popular page 50": ("popular", SkillFilters(), "", deep),
        "popular offset 9980": ("popular", SkillFilters(), "", 9980),
        "trending p1": ("trending", SkillFilters(), "", 0),
        "trending offset 9980": ("trending", SkillFilters(), "", 9980),
        "category popular p1": ("popular", SkillFilters(category=category), "", 0),
        "category popular page 50": ("popular", SkillFilters(category=category), "", deep),
        "category trending p1": ("trending", SkillFilters(category=category), "", 0),
        "verdict=fail popular p1": ("popular", SkillFilters(verdict="fail"), "", 0),
        "license=MIT popular p1": ("popular", SkillFilters(license="MIT"), "", 0),
        "scripts popular page 50": ("popular", SkillFilters(has_scripts=True), "", deep),
        "'pdf' popular p1": ("popular", SkillFilters(), "pdf", 0),
        "'pdf' relevance p1": ("relevance", SkillFilters(), "pdf", 0),
        "'pdf' trending p1": ("trending", SkillFilters(), "pdf", 0),
    }

    def statements_ms(read) -> float:
        """Median of 3: the statements `read()` runs, each under EXPLAIN (ANALYZE), summed."""
        runs = []
        for _ in range(3):
            with CaptureQueriesContext(connection) as ctx:
                read()
            runs.append(sum(explain_ms(q["sql"], None) for q in ctx.captured_queries))
        return statistics.median(runs)

    out = {}
    for label, (sort, filters, query, offset) in cases.items():
        qs = skill_search(query=query, filters=filters, sort=sort)
        # As the pages read it: deep pages ids-first (marketplace.paging), two statements.
        out[label] = statements_ms(
            lambda qs=qs, offset=offset: page_rows(qs, offset, offset + PER_PAGE)
        )
    skill = (
        Skill.objects.filter(status="published", category__isnull=False).order_by("slug").first()
    )
    if skill is not None:
        out["skill page neighbours"] = statements_ms(lambda: skill_neighbours(skill=skill))
    return out


def sql_gist(sql: str) -> str:
    """The telling part of a long SELECT: what it reads and how it orders, not its columns."""
    start = sql.find(" FROM ")
    gist = sql[start + 1 :][:110] if start >= 0 else sql[:110]
    order = sql.rfind(" ORDER BY ")
    if order > start + 110:
        gist += " … " + sql[order + 1 :][:90]
    return gist


def endpoints() -> dict:
    """Where the time of one request goes: in-process through Django's test client (no
    HTTP, no gunicorn), best of 3: total time, number of queries, time in SQL, slowest query.
    The page and API answer caches are off: a cached answer runs no query, and what it
    costs to build one is the question here (the load runs measure the cached site)."""
    from django.test import Client, override_settings
    from django.test.utils import CaptureQueriesContext

    with override_settings(PAGE_CACHE_SECONDS=0, API_LIST_CACHE_SECONDS=0):
        return _endpoints(Client, CaptureQueriesContext)


def _endpoints(Client, CaptureQueriesContext) -> dict:
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
                    "path": path,
                    "status": response.status_code,
                    "total_ms": total,
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
    if "listings" in parts:
        out["listings"] = listings()
    if "endpoints" in parts:
        out["endpoints"] = endpoints()
    print("PROBEJSON " + json.dumps(out))
