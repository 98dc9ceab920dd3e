"""The daily ranking run (`rankings_compute`): summaries brought up to date, the aggregate,
the scores and boards, and the writes, with a summary of what it did and how long each
step took.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, timedelta

from django.conf import settings
from django.db import connection, connections, transaction
from django.db.models import BooleanField, CharField, ExpressionWrapper, Q
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast
from django.utils import timezone

from rankings import scoring
from rankings.services.aggregate import event_counts
from rankings.services.db import (
    RANKING_WRITERS_LOCK,
    fetch_rows,
    midnight,
    tune_for_aggregates,
    writers_lock,
)
from rankings.services.scores import SkillTable, scores_and_boards
from rankings.services.summaries import SummaryRefresh, daily_counts_refresh
from rankings.services.totals import WINDOW_DAYS, count_totals_advance
from rankings.services.writes import popularity_write, snapshots_write, sort_keys_write
from skills.cache import catalogue_changed
from skills.models import Skill
from skills.services.search_tier import search_tier_refresh

log = logging.getLogger(__name__)

BOARD_LIMIT = 1000  # entries kept per board per day


@dataclass
class RankingRun:
    date: date
    skills: int = 0
    with_events: int = 0
    raw_from: date | None = None
    summarised_days: int = 0
    popularity_written: int = 0
    snapshot_rows: int = 0
    boards: dict[str, int] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    dry_run: bool = False

    def summary(self) -> str:
        phases = ", ".join(f"{k} {v:.2f}s" for k, v in self.timings.items())
        cats = sum(1 for b in self.boards if b.startswith("cat:"))
        return (
            f"{'[dry run] ' if self.dry_run else ''}Rankings for {self.date}: {self.skills} published "
            f"skills ({self.with_events} with events; daily counts before {self.raw_from or '-'}, "
            f"{self.summarised_days} days summarised in this run; raw events from then on), "
            f"{self.popularity_written} popularity rows new or changed, {self.snapshot_rows} snapshot rows on "
            f"{len(self.boards)} boards (top {self.boards.get('top', 0)}, trending "
            f"{self.boards.get('trending', 0)}, new {self.boards.get('new', 0)}, {cats} categories). "
            f"Timings: {phases}."
        )


def _days_since_sql(column: str, day: date) -> RawSQL:
    """Whole UTC days from `column` to `day` (negative when after it), computed in SQL."""
    if connection.vendor == "postgresql":
        return RawSQL(f"(%s::date - ({column} AT TIME ZONE 'UTC')::date)", [day.isoformat()])  # noqa: S611 - constant column
    return RawSQL(f"CAST(julianday(%s) - julianday(date({column})) AS INTEGER)", [day.isoformat()])  # noqa: S611


def _summaries_and_totals(day: date) -> SummaryRefresh:
    """The writes before (or, in a parallel run, beside) a run's reads: the summaries of
    the days that became final, then the totals moved up to the oldest day the windows of
    `day` do not need."""
    refresh = daily_counts_refresh()
    count_totals_advance(
        through=min(day - timedelta(days=WINDOW_DAYS), refresh.raw_from - timedelta(days=1))
    )
    return refresh


class _Background:
    """Run `fn(*args)` in a thread with its own database connection (and transaction).

    For the parallel steps of a PostgreSQL run: the connection is another server process,
    so the work overlaps with what the calling thread does; psycopg releases the GIL
    while it waits for the server. `result()` waits and re-raises the job's error.

    Kept because it pays (issue #15's rule: a device stays only where the daily run would
    otherwise exceed 2x the bare aggregate at 100,000 skills / 10 M events). Measured on
    6 December 2026 with `scripts/bench/sql_probe.py rankings`, variants alternated, 3
    daily runs each, load average 15-27 on the shared 2-core VM: with these steps in the
    background the run took 15.1 s against 7.5 s for the bare aggregate (median ratio
    1.84x); one after the other (`RANKINGS_PARALLEL=false`) 30.3 s against 11.5 s
    (2.25x; 2.63x as a ratio of the medians). docs/RANKINGS.md has every figure.
    """

    def __init__(self, fn: Callable, *args):
        self.seconds = 0.0
        self.raised = False  # result() has re-raised the job's error
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="rankings")
        self._future = self._pool.submit(self._run, fn, args)

    def _run(self, fn: Callable, args: tuple):
        started = time.monotonic()
        try:
            return fn(*args)
        finally:
            self.seconds = time.monotonic() - started
            connections.close_all()  # this thread's connections only

    def result(self):
        try:
            return self._future.result()
        except BaseException:
            self.raised = True
            raise
        finally:
            self._pool.shutdown()

    def wait(self) -> BaseException | None:
        """Wait for the job; its error, if any, instead of raising it."""
        self._pool.shutdown()
        return self._future.exception()


def _runs_in_parallel() -> bool:
    """Whether a run may spread its work over several connections: PostgreSQL, not inside
    a transaction (other connections would not see its uncommitted rows; tests run inside
    one), and `RANKINGS_PARALLEL` not turned off."""
    return (
        connection.vendor == "postgresql"
        and not connection.in_atomic_block
        and getattr(settings, "RANKINGS_PARALLEL", True)
    )


def published_skills(day: date) -> list[tuple]:
    """What the rules read of every published skill, plus its current sort keys and the
    digest of its stored popularity values (None when it has none). Ids as text, as
    `event_counts(text_ids=True)` keys them."""
    new_since = midnight(day - timedelta(days=scoring.NEW_DAYS - 1))
    new_until = midnight(day + timedelta(days=1))
    # Dates are compared in SQL: parsing 200,000 timestamps in Python costs seconds.
    query = (
        Skill.objects.published()
        .order_by()
        .annotate(
            id_text=Cast("pk", CharField()),
            mirror_of_text=Cast("mirror_of_id", CharField()),
            days_since_change=_days_since_sql("last_changed_at", day),
            is_new=ExpressionWrapper(
                Q(first_seen_at__gte=new_since, first_seen_at__lt=new_until),
                output_field=BooleanField(),
            ),
        )
        .values_list(
            "id_text",
            "slug",
            "stars",
            "days_since_change",
            "is_spec_valid",
            "license",
            "license_confidence",
            "security_verdict",
            "mirror_of_text",
            "category_id",
            "is_new",
            "popularity__values_digest",
            "name",
            "installs_band",
            "sort_key__installs_total",
            "sort_key__trending_score",
            "sort_key__stars",
            "sort_key__name",
        )
    )
    with transaction.atomic():
        tune_for_aggregates()  # the two joins hash 100,000 rows each: in memory, not in batches
        return fetch_rows(query)


def rankings_compute(
    *,
    on: date | None = None,
    dry_run: bool = False,
    board_limit: int = BOARD_LIMIT,
    progress: Callable[[str], None] | None = None,
) -> RankingRun:
    """Recompute every published skill's popularity and write the day's board snapshots.

    Set-based: first the summaries of closed days are brought up to date
    (`daily_counts_refresh`: normally yesterday's), then two GROUP BY queries for the counts
    (the summaries, today's raw events), one query for the skills (with the digest of
    their stored popularity values), one Python pass over plain rows for the scores (the
    rules of `scoring`), one upsert of the popularity rows whose digest changed and one
    write of the snapshots, in one transaction, and the sort keys copied to SkillSortKey for the skills
    whose keys changed. Re-running for the same date replaces that date's snapshots. A dry
    run writes nothing, summaries included.

    On PostgreSQL, outside a transaction, three steps run in the background on their own
    connections (`_Background`): reading the skills (during the aggregate), writing the
    new summaries (after the aggregate: the aggregate reads the days being summarised from
    the raw events instead, as a dry run does) and copying the sort keys (during the
    scores, the boards and the writes). The machine's cores then share the work, as they
    share the bare aggregate's.
    """
    day = on or timezone.now().astimezone(UTC).date()
    run = RankingRun(date=day, dry_run=dry_run)
    say = progress or (lambda message: None)
    clock = time.monotonic()

    def lap(name: str) -> None:
        nonlocal clock
        now = time.monotonic()
        run.timings[name] = now - clock
        clock = now
        say(f"{name}: {run.timings[name]:.2f}s")

    parallel = not dry_run and _runs_in_parallel()
    jobs: dict[str, _Background] = {}
    try:
        if parallel:
            refresh = daily_counts_refresh(dry_run=True)  # what the job will summarise: read raw
            jobs["skills"] = _Background(published_skills, day)
        elif dry_run:
            refresh = daily_counts_refresh(dry_run=True)
        else:
            refresh = _summaries_and_totals(day)
        run.raw_from, run.summarised_days = refresh.raw_from, len(refresh.summarised)
        lap("summaries")
        counts = event_counts(day=day, raw_from=refresh.raw_from, text_ids=True)
        run.with_events = len(counts)
        lap("aggregate")
        if parallel:  # after the aggregate, which keeps every core busy by itself
            jobs["summaries"] = _Background(_summaries_and_totals, day)
        skills = jobs["skills"].result() if parallel else published_skills(day)
        run.skills = len(skills)
        lap("skills")
        table = SkillTable(skills, counts)
        popularity, boards = scores_and_boards(table, board_limit=board_limit, lap=lap)
        run.boards = {board: len(entries) for board, entries in boards.items()}
        sort_keys = table.sort_keys()
        if parallel and not dry_run:
            # Written while the popularity and the snapshots are: two server processes on
            # the two cores. Not during the scores: its COPY is Python work too, and the
            # two would take turns on the GIL (the scores took 1.2 s instead of 0.6).
            jobs["sort keys"] = _Background(sort_keys_write, *sort_keys)
        if dry_run:
            run.popularity_written = len(popularity)
            run.snapshot_rows = sum(run.boards.values())
            return run
        with transaction.atomic():
            writers_lock(RANKING_WRITERS_LOCK)
            popularity_write(popularity, computed_at=timezone.now())
            run.popularity_written = len(popularity)
            lap("write popularity")
            run.snapshot_rows = snapshots_write(day, boards)
            lap("write snapshots")
            if not parallel:
                sort_keys_write(*sort_keys)
                lap("sort keys")
        if parallel:
            run.summarised_days = len(jobs["summaries"].result().summarised)
            jobs["sort keys"].result()
            lap("wait for the background")
        # The search tier's band and the search rows' flags for it, from the new bands.
        search_tier_refresh()
        lap("search tier")
        # Listings ordered by popularity changed (at the outer commit when inside one).
        transaction.on_commit(catalogue_changed)
        return run
    finally:
        for name, job in jobs.items():  # on an error elsewhere: let the jobs finish first
            error = job.wait()
            if error is not None and not job.raised:
                log.error("rankings: background step %r failed", name, exc_info=error)
            run.timings[f"{name} (background)"] = job.seconds
