"""Writes of the rankings domain: recording events, computing popularity and snapshots,
and pruning raw events.

Recording is append-only and cheap: one multi-row `INSERT … ON CONFLICT DO NOTHING` per
batch of events (three statements when some are deduplicated), never a lock on the skill
row and never a read-modify-write of a counter. The unique `dedup_key` decides, in the database, whether an event counts, so
concurrent writers can neither double count nor lose an event.

Counting windows are whole UTC days. Rankings read SkillDailyCount (counted events per
skill, kind and day) for the days before a boundary and the raw events from it on: before
aggregating, `rankings_compute` summarises every day that can no longer receive events
(`daily_counts_refresh`), so the daily run reads the summary plus the raw events of the
last three or four days. Pruning summarises whole days and deletes them oldest first. At
every moment each day is read from exactly one of the two tables, so neither summarising
nor pruning changes a ranking.
"""

from __future__ import annotations

import gc
import hashlib
import heapq
import io
import logging
import re
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from itertools import compress, groupby, repeat
from operator import ne

from django.conf import settings
from django.db import OperationalError, connection, connections, transaction
from django.db.models import (
    BooleanField,
    CharField,
    Count,
    Exists,
    ExpressionWrapper,
    F,
    Max,
    Min,
    OuterRef,
    Q,
    QuerySet,
    Sum,
    Value,
)
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast, Coalesce, TruncDate
from django.utils import timezone

from marketplace.fingerprint import fingerprint
from marketplace.ratelimit import rate_limit_hit
from rankings import scoring
from rankings.bots import is_bot_user_agent
from rankings.models import (
    Board,
    Channel,
    CountTotalsMark,
    EventKind,
    SkillCountTotal,
    SkillDailyCount,
    SkillEvent,
    SkillPopularity,
    SkillRankSnapshot,
    SummarisedDay,
)
from skills.cache import catalogue_changed
from skills.models import Category, Skill, SkillSortKey, installs_band

__all__ = [
    "BOARD_LIMIT",
    "EventOutcome",
    "actor_is_rate_limited",
    "count_totals_advance",
    "count_totals_reset",
    "daily_counts_refresh",
    "event_record",
    "events_prune",
    "events_record_batch",
    "is_bot_user_agent",
    "rankings_compute",
]

log = logging.getLogger(__name__)

# --- recording events ---------------------------------------------------------------------

# How long one actor counts once per skill and kind. Kinds added to EventKind later count
# once per day unless listed here.
DEDUP_WINDOWS: dict[str, str] = {"view": "hour"}
INTENT_KINDS = ("install", "download", "copy")  # what trending measures
BATCH_MAX = 100  # events per API batch; the rest are rejected
MAX_EVENT_AGE = timedelta(days=2)  # `at` older than this is rejected (days are summarised)
MAX_EVENT_SKEW = timedelta(minutes=5)  # `at` in the future beyond this is rejected
_KINDS = frozenset(EventKind.values)
_CHANNELS = frozenset(Channel.values)
_CLIENT_ID = re.compile(r"^[A-Za-z0-9._:\-]{1,100}$")
_FINGERPRINT = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class EventOutcome:
    status: str  # "counted" | "deduplicated" | "duplicate_id" | "bot" | "rejected"
    reason: str = ""

    @property
    def counted(self) -> bool:
        return self.status == "counted"


def actor_key(actor: str) -> str:
    """The stored actor: a salted fingerprint. Anything else (say a raw IP) is hashed."""
    actor = (actor or "").strip().lower()
    if _FINGERPRINT.match(actor):
        return actor
    return fingerprint("actor", actor)


def dedup_key_for(*, skill_id, kind: str, actor: str, at: datetime) -> str:
    """The window key: the same actor, skill, kind and day (hour for views) share it."""
    at = at.astimezone(UTC)
    bucket = (
        at.strftime("%Y-%m-%dT%H") if DEDUP_WINDOWS.get(kind) == "hour" else at.strftime("%Y-%m-%d")
    )
    raw = f"{kind}|{skill_id}|{actor}|{bucket}"
    return hashlib.blake2b(raw.encode(), digest_size=16).hexdigest()


_INSERT_COLUMNS = (
    "skill_id",
    "kind",
    "actor",
    "channel",
    "client_event_id",
    "dedup_key",
    "counted",
    "is_bot",
    "created_at",
)
_DEADLOCK_RETRIES = 3


def _is_deadlock(exc: OperationalError) -> bool:
    cause = exc.__cause__
    return getattr(cause, "sqlstate", None) == "40P01" or "deadlock" in str(exc).lower()


def _events_insert(rows: list[dict]) -> set[tuple]:
    """Insert `rows` in one statement, skipping any that conflicts with a unique key.

    Returns the `(dedup_key, client_event_id)` of the rows written: the two unique keys,
    so the pair names one written row. Rows go in the order given; callers sort them by
    their unique keys, so concurrent batches take the keys' locks in the same order and
    do not deadlock on each other. On PostgreSQL the rows travel as one array per
    column (`unnest`): nine parameters instead of nine per row, which psycopg would
    otherwise have to splice into a long statement.
    """
    if not rows:
        return set()
    meta = SkillEvent._meta
    fields = [
        meta.get_field(col.removesuffix("_id") if col == "skill_id" else col)
        for col in _INSERT_COLUMNS
    ]
    qn = connection.ops.quote_name
    returning = f"ON CONFLICT DO NOTHING RETURNING {qn('dedup_key')}, {qn('client_event_id')}"
    into = f"INSERT INTO {qn(meta.db_table)} ({', '.join(qn(c) for c in _INSERT_COLUMNS)})"
    if connection.vendor == "postgresql":
        arrays = ", ".join(f"%s::{field.db_type(connection)}[]" for field in fields)
        sql = f"{into} SELECT * FROM unnest({arrays}) {returning}"  # noqa: S608 - constant names
        params = [[row[col] for row in rows] for col in _INSERT_COLUMNS]
    else:
        one_row = f"({', '.join(['%s'] * len(_INSERT_COLUMNS))})"
        sql = f"{into} VALUES {', '.join([one_row] * len(rows))} {returning}"
        params = [
            field.get_db_prep_save(row[col], connection)
            for row in rows
            for col, field in zip(_INSERT_COLUMNS, fields, strict=True)
        ]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return {tuple(written) for written in cursor.fetchall()}


def _claim(rows: list[dict], written: set[tuple]) -> list[bool]:
    """Which of `rows` (in the order they were sent) were written.

    Rows sharing both keys are the same event sent twice: only the first can have been
    written (the second conflicts with it), so each written pair is claimed once.
    """
    claimed: list[bool] = []
    for row in rows:
        pair = (row["dedup_key"], row["client_event_id"])
        if pair in written and (pair[0] is not None or pair[1] is not None):
            written.discard(pair)
            claimed.append(True)
        else:
            # A row with neither key conflicts with nothing: it was written.
            claimed.append(pair == (None, None))
    return claimed


def _events_store(rows: list[dict], *, is_bot: bool) -> list[str]:
    """Store validated event rows of one actor; the status of each, in order.

    One transaction of at most three statements, whatever the number of rows: the
    counted insert (each row under its window key), a look-up of the client ids that
    were already recorded, and the insert of the rest as not counted. The database's
    unique keys decide, so concurrent writers can neither double count nor lose an
    event. A deadlock (not expected: rows go in key order) is retried whole.
    """
    if not rows:
        return []
    for attempt in range(_DEADLOCK_RETRIES):
        try:
            with transaction.atomic():
                return _events_store_once(rows, is_bot=is_bot)
        except OperationalError as exc:
            if attempt == _DEADLOCK_RETRIES - 1 or not _is_deadlock(exc):
                raise
            log.warning("event batch deadlocked; retrying (%s rows)", len(rows))
    raise AssertionError("unreachable")


def _events_store_once(rows: list[dict], *, is_bot: bool) -> list[str]:
    statuses = [""] * len(rows)
    order = list(range(len(rows)))
    if is_bot:
        bot_rows = [{**row, "dedup_key": None, "counted": False, "is_bot": True} for row in rows]
        order.sort(key=lambda i: (bot_rows[i]["client_event_id"] or "", i))
        sent = [bot_rows[i] for i in order]
        for i, written in zip(order, _claim(sent, _events_insert(sent)), strict=True):
            statuses[i] = "bot" if written else "duplicate_id"
        return statuses

    # 1. Counted, under the window key: the first event of each window wins.
    order.sort(key=lambda i: (rows[i]["dedup_key"], i))
    sent = [{**rows[i], "counted": True, "is_bot": False} for i in order]
    for i, written in zip(order, _claim(sent, _events_insert(sent)), strict=True):
        if written:
            statuses[i] = "counted"
    # 2. Not written: either the client id is known (a retry: nothing more to store) or
    # the window was taken (committed: ON CONFLICT waits for concurrent writers).
    rest = [i for i in order if not statuses[i]]
    ids = {rows[i]["client_event_id"] for i in rest if rows[i]["client_event_id"]}
    known = set(
        SkillEvent.objects.filter(client_event_id__in=ids).values_list("client_event_id", flat=True)
    )
    for i in rest:
        if rows[i]["client_event_id"] in known:
            statuses[i] = "duplicate_id"
    # 3. The rest are stored as seen but not counted.
    rest = sorted(
        (i for i in rest if not statuses[i]), key=lambda i: (rows[i]["client_event_id"] or "", i)
    )
    sent = [{**rows[i], "dedup_key": None, "counted": False, "is_bot": False} for i in rest]
    for i, written in zip(rest, _claim(sent, _events_insert(sent)), strict=True):
        # Not written: a concurrent retry with the same client id won.
        statuses[i] = "deduplicated" if written else "duplicate_id"
    return statuses


def _reject(reason: str) -> EventOutcome:
    return EventOutcome("rejected", reason)


def _event_row(
    *, skill_id, kind: str, actor: str, channel: str, client_event_id, at: datetime, now: datetime
) -> dict | EventOutcome:
    """The row to store for one event, or why it is rejected. `actor` is already a key."""
    if kind not in _KINDS:
        return _reject("unknown kind")
    if channel not in _CHANNELS:
        return _reject("unknown channel")
    if skill_id is None:
        return _reject("unknown skill")
    if at < now - MAX_EVENT_AGE or at > now + MAX_EVENT_SKEW:
        return _reject("event time out of range")
    if client_event_id is not None:
        client_event_id = str(client_event_id).strip() or None
        if client_event_id is not None and not _CLIENT_ID.match(client_event_id):
            return _reject("invalid client_event_id")
    return {
        "skill_id": skill_id,
        "kind": kind,
        "actor": actor,
        "channel": channel,
        "client_event_id": client_event_id,
        "created_at": at,
        "dedup_key": dedup_key_for(skill_id=skill_id, kind=kind, actor=actor, at=at),
    }


def event_record(
    *,
    skill,
    kind: str,
    actor: str,
    channel: str = "web",
    client_event_id: str | None = None,
    user_agent: str = "",
    at: datetime | None = None,
) -> EventOutcome:
    """Record one event (a view, copy, download, install…) of a skill by an actor.

    `actor` is the visitor's salted fingerprint (`marketplace.fingerprint`); a repeated
    `client_event_id` is recorded once; bots are recorded but not counted; an actor counts
    once per skill and kind per UTC day (per hour for views). Callers check
    `actor_is_rate_limited` first and answer 429 when it says so.
    """
    now = timezone.now()
    row = _event_row(
        skill_id=getattr(skill, "pk", skill),
        kind=kind,
        actor=actor_key(actor),
        channel=channel,
        client_event_id=client_event_id,
        at=at or now,
        now=now,
    )
    if isinstance(row, EventOutcome):
        return row
    return EventOutcome(_events_store([row], is_bot=is_bot_user_agent(user_agent))[0])


def _skills_by_reference(refs: Iterable[str]) -> dict[str, object]:
    """Published skills by id or slug, in one query: {reference: skill id}."""
    ids, slugs = set(), set()
    for ref in refs:
        try:
            ids.add(uuid.UUID(ref))
        except (ValueError, AttributeError, TypeError):
            slugs.add(ref)
    if not ids and not slugs:
        return {}
    found: dict[str, object] = {}
    rows = (
        Skill.objects.published()
        .filter(Q(pk__in=ids) | Q(slug__in=slugs))
        .values_list("pk", "slug")
    )
    for pk, slug in rows:
        found[slug] = pk
        found[str(pk)] = pk
        found[pk.hex] = pk
    return found


def events_record_batch(
    *, events: list[dict], actor: str, channel: str, user_agent: str = ""
) -> dict:
    """Record a batch of events from one actor (the API and the CLI send these).

    Each event is `{"skill": id or slug, "kind": ..., "client_event_id": optional}`.
    Returns `{"accepted", "duplicates", "rejected", "counted", "results"}` where accepted
    events were stored (counted, deduplicated or from a bot), duplicates repeated a
    client_event_id, and `results[i]` is `{"index", "status", "reason"?, "client_event_id"?}`.
    """
    events = list(events or [])
    refs = [str(e.get("skill", "")) for e in events[:BATCH_MAX] if isinstance(e, dict)]
    skills = _skills_by_reference(refs)
    actor = actor_key(actor)
    now = timezone.now()
    outcomes: list[EventOutcome | None] = []
    rows: list[dict] = []
    for index, event in enumerate(events):
        if index >= BATCH_MAX:
            outcomes.append(_reject(f"more than {BATCH_MAX} events in one batch"))
            continue
        if not isinstance(event, dict):
            outcomes.append(_reject("not an object"))
            continue
        ref = str(event.get("skill", ""))
        skill_id = skills.get(ref.lower()) or skills.get(ref)
        row = _event_row(
            skill_id=skill_id,
            kind=str(event.get("kind", "")),
            actor=actor,
            channel=channel,
            client_event_id=event.get("client_event_id"),
            at=now,
            now=now,
        )
        if isinstance(row, EventOutcome):
            outcomes.append(row)
        else:
            outcomes.append(None)
            rows.append(row)
    stored = iter(_events_store(rows, is_bot=is_bot_user_agent(user_agent)))
    results: list[dict] = []
    for index, (event, outcome) in enumerate(zip(events, outcomes, strict=True)):
        outcome = outcome or EventOutcome(next(stored))
        result = {"index": index, "status": outcome.status}
        if outcome.reason:
            result["reason"] = outcome.reason
        if isinstance(event, dict) and event.get("client_event_id"):
            result["client_event_id"] = str(event["client_event_id"])[:100]
        results.append(result)
    statuses = [r["status"] for r in results]
    return {
        "accepted": sum(s in {"counted", "deduplicated", "bot"} for s in statuses),
        "counted": statuses.count("counted"),
        "duplicates": statuses.count("duplicate_id"),
        "rejected": statuses.count("rejected"),
        "results": results,
    }


def rate_limit_per_minute() -> int:
    return int(getattr(settings, "RANKINGS_EVENTS_PER_MINUTE", 120))


def actor_is_rate_limited(*, actor: str) -> bool:
    """Count one request of `actor` in the current minute; True once over the limit.

    A cache counter (atomic `add` + `incr`), no database write. Callers answer 429 and
    record nothing, so a flood never reaches the events table.
    """
    return rate_limit_hit(
        f"events:{actor_key(actor)[:32]}", limit=rate_limit_per_minute(), window_seconds=60
    )


# --- computing popularity and snapshots ---------------------------------------------------

BOARD_LIMIT = 1000  # entries kept per board per day


def _midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


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


# Per skill, in this order: all-time totals, then windows (see scoring for their use).
_AGG_FIELDS = (
    "installs",
    "downloads",
    "copies",
    "views",
    "inst_w0",
    "inst_w1",
    "inst_w2",
    "inst_w3",
    "inst_w4",
    "views_30d",
    "act_recent",
    "act_previous",
)


def _window_filters(day: date, *, on: str, kind_field: str = "kind") -> dict[str, Q]:
    """The filter of each aggregate; `on` is the time column (created_at or day)."""

    def since(days_back: int):
        d = day - timedelta(days=days_back)
        return _midnight(d) if on == "created_at" else d

    def between(newest_back: int, oldest_back: int) -> Q:
        # days_back in [newest_back, oldest_back], i.e. since(oldest) <= t < since(newest - 1)
        q = Q(**{f"{on}__gte": since(oldest_back)})
        if newest_back > 0:
            q &= Q(**{f"{on}__lt": since(newest_back - 1)})
        return q

    kind = lambda *kinds: Q(**{f"{kind_field}__in": kinds})  # noqa: E731
    return {
        "installs": kind("install"),
        "downloads": kind("download"),
        "copies": kind("copy"),
        "views": kind("view"),
        # The day test first: cheaper than the kind test, and false for most rows.
        "inst_w0": between(0, 6) & kind("install"),
        "inst_w1": between(7, 13) & kind("install"),
        "inst_w2": between(14, 20) & kind("install"),
        "inst_w3": between(21, 27) & kind("install"),
        "inst_w4": between(28, scoring.MONTH_DAYS - 1) & kind("install"),
        "views_30d": between(0, scoring.MONTH_DAYS - 1) & kind("view"),
        "act_recent": between(0, scoring.TRENDING_DAYS - 1) & kind(*INTENT_KINDS),
        "act_previous": between(scoring.TRENDING_DAYS, 2 * scoring.TRENDING_DAYS - 1)
        & kind(*INTENT_KINDS),
    }


def _rows(queryset) -> list[tuple]:
    """The rows of a values_list queryset; on PostgreSQL straight from the cursor.

    psycopg already returns the right Python types (UUID, datetime, bool, int) for these
    columns, and skipping the ORM's per-row converters is 3-4x faster on 100,000 rows.
    """
    if connection.vendor != "postgresql":
        return list(queryset)
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def raw_events_start() -> date | None:
    """The first UTC day that still has raw events (days before it were pruned)."""
    first = SkillEvent.objects.aggregate(first=Min("created_at"))["first"]
    return first.astimezone(UTC).date() if first else None


# --- daily summaries of final days --------------------------------------------------------

# A day can still receive events until MAX_EVENT_AGE after its end (the API accepts events
# that old); the margin covers requests in flight and clocks that disagree.
LATE_EVENT_MARGIN = timedelta(hours=1)
# PostgreSQL advisory locks: one writer at a time of the summaries, and of the rankings.
_SUMMARY_WRITERS_LOCK = 7_305_001
_RANKING_WRITERS_LOCK = 7_305_002


def _first_open_day(now: datetime) -> date:
    """The oldest UTC day that may still receive events; every day before it is final."""
    return (now - MAX_EVENT_AGE - LATE_EVENT_MARGIN).astimezone(UTC).date()


def _day_runs(days: Iterable[date]) -> list[tuple[date, date]]:
    """Runs of consecutive days, as (first, last) pairs, oldest first."""
    runs: list[tuple[date, date]] = []
    for day in sorted(set(days)):
        if runs and day == runs[-1][1] + timedelta(days=1):
            runs[-1] = (runs[-1][0], day)
        else:
            runs.append((day, day))
    return runs


def _events_on(runs: list[tuple[date, date]]) -> Q:
    """Events created on the days of `runs` (not empty): one time range per run."""
    q = Q()
    for first, last in runs:
        q |= Q(created_at__gte=_midnight(first), created_at__lt=_midnight(last + timedelta(days=1)))
    return q


def _per_day(queryset):
    """`queryset` of events grouped by UTC day: values("event_day")."""
    return (
        queryset.annotate(event_day=TruncDate("created_at", tzinfo=UTC))
        .order_by()
        .values("event_day")
    )


def _writers_lock(lock: int) -> None:
    """Serialise the writers of some rankings tables until the transaction ends: with
    `_SUMMARY_WRITERS_LOCK` the summaries (compute and prune: two runs would both
    rewrite a day), with `_RANKING_WRITERS_LOCK` popularity and snapshots (two runs for
    one date would both delete and rewrite its snapshots). Two locks, so a run writes its
    popularity while its own summaries are still being written."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [lock])


def _daily_counts_replace(first: date, last: date) -> dict[date, int]:
    """Rewrite SkillDailyCount for the days first..last from the counted raw events.

    One DELETE and one `INSERT … SELECT … GROUP BY skill, day, kind`: nothing goes through
    Python. Returns the counted events of each day written (days without any are absent).
    """
    mark = CountTotalsMark.objects.first()
    covered = None  # the days the all-time totals hold: they follow the rewrite
    if mark is not None and first <= mark.day:
        covered = SkillDailyCount.objects.filter(day__gte=first, day__lte=min(last, mark.day))
        _totals_add(covered, sign=-1)
    SkillDailyCount.objects.filter(day__gte=first, day__lte=last).delete()
    grouped = (
        _per_day(
            SkillEvent.objects.filter(
                counted=True,
                created_at__gte=_midnight(first),
                created_at__lt=_midnight(last + timedelta(days=1)),
            )
        )
        .values("skill_id", "event_day", "kind")
        .annotate(n=Count("pk"))
        .values_list("skill_id", "event_day", "kind", "n")
        .order_by("skill_id", "event_day", "kind")  # in index order: the first run 1.3x faster
    )
    sql, params = grouped.query.sql_with_params()
    table = SkillDailyCount._meta.db_table
    with connection.cursor() as cursor:
        if (
            connection.vendor == "postgresql"
        ):  # the day totals from the rows written, not read again
            cursor.execute(
                f"WITH written AS (INSERT INTO {table} (skill_id, day, kind, count) {sql} "  # noqa: S608 - constant names
                "RETURNING day, count) SELECT day, SUM(count) FROM written GROUP BY day",
                params,
            )
            written = dict(cursor.fetchall())
        else:
            cursor.execute(f"INSERT INTO {table} (skill_id, day, kind, count) {sql}", params)
            written = None
    if covered is not None:
        _totals_add(covered, sign=1)
    if written is not None:
        return written
    return dict(
        SkillDailyCount.objects.filter(day__gte=first, day__lte=last)
        .order_by()
        .values("day")
        .annotate(n=Sum("count"))
        .values_list("day", "n")
    )


@dataclass
class SummaryRefresh:
    raw_from: date  # days before it are read from SkillDailyCount, the rest from raw events
    summarised: list[date] = field(default_factory=list)  # days (re)written (or to be, dry run)
    checked: int = 0  # summarised days whose raw events were counted again


def daily_counts_refresh(*, dry_run: bool = False) -> SummaryRefresh:
    """Summarise into SkillDailyCount every UTC day that can no longer receive events.

    Events are accepted up to `MAX_EVENT_AGE` old, so a day is final `MAX_EVENT_AGE` after
    its end (plus `LATE_EVENT_MARGIN` for requests in flight); from then on its raw events
    never change and it is summarised once. Days that are not final yet (the last three
    or four, today included) stay raw: rankings read them from the raw events, so a late
    event is never lost and no summary is ever rewritten for one.

    Writes that bypass `event_record` (imports, fixtures, `seed_scale`) are caught too: a
    summarised day that received events above the last run's high-water mark, or whose
    summary rows are gone, is counted again and re-summarised when its counted raw events
    and its summary disagree (counted events are only ever added, and a deleted skill
    takes its summary rows along, so equal totals mean an unchanged day).

    Only days from the first raw day on are ever written: days before it were pruned and
    their summary is all there is. The boundary `raw_from` is the first day that is not
    final, or the first raw day when that is later (the days between have no raw events,
    only summary rows, say from `load_demo`). A dry run writes nothing and returns the
    days it would write in `summarised`, with `raw_from` early enough that rankings read
    those days raw.
    """
    now = timezone.now()
    first_open = _first_open_day(now)
    first_raw = raw_events_start()
    if first_raw is None:  # nothing raw: every day is read from the summary
        return SummaryRefresh(
            raw_from=max(first_open, now.astimezone(UTC).date() + timedelta(days=1))
        )
    raw_from = max(first_open, first_raw)
    with transaction.atomic():
        if not dry_run:
            _writers_lock(_SUMMARY_WRITERS_LOCK)
            _tune_for_aggregates()  # the first run groups every raw event
        # Rows of days that are not final yet (another clock, an older version) do not count.
        known = {row.day: row for row in SummarisedDay.objects.filter(day__lt=first_open)}
        mark = SkillEvent.objects.aggregate(mark=Max("pk"))["mark"] or 0
        start = max(max(known) + timedelta(days=1), first_raw) if known else first_raw
        new_days = [start + timedelta(days=i) for i in range((first_open - start).days)]
        suspect: set[date] = set()
        if known:
            # Written into since the last run, or summary rows gone (a TRUNCATE … CASCADE).
            since = max(row.last_event_id for row in known.values())
            suspect.update(
                row["event_day"]
                for row in _per_day(
                    SkillEvent.objects.filter(
                        pk__gt=since,
                        created_at__gte=_midnight(min(known)),
                        created_at__lt=_midnight(max(known) + timedelta(days=1)),
                    )
                ).distinct()
            )
            suspect.update(
                SummarisedDay.objects.filter(day__in=known, events__gt=0)
                .exclude(Exists(SkillDailyCount.objects.filter(day=OuterRef("day"))))
                .values_list("day", flat=True)
            )
            suspect = {day for day in suspect if day >= first_raw}  # never a pruned day
        counted: dict[date, int] = {}
        if suspect:
            raw = dict(
                _per_day(SkillEvent.objects.filter(_events_on(_day_runs(suspect)), counted=True))
                .annotate(n=Count("pk"))
                .values_list("event_day", "n")
            )
            summary = dict(
                SkillDailyCount.objects.filter(day__in=suspect)
                .order_by()
                .values("day")
                .annotate(n=Sum("count"))
                .values_list("day", "n")
            )
            counted = {
                day: summary.get(day, 0)
                for day in suspect
                if raw.get(day, 0) == summary.get(day, 0)
            }
        stale = sorted(suspect - set(counted))
        summarised = sorted({*new_days, *stale})
        if dry_run:
            return SummaryRefresh(
                raw_from=min([*summarised, raw_from]), summarised=summarised, checked=len(suspect)
            )
        SummarisedDay.objects.filter(day__gte=first_open).delete()
        if summarised and CountTotalsMark.objects.filter(day__gte=summarised[0]).exists():
            # Days the totals hold are summarised again: written around this module (rows
            # or SummarisedDay rows deleted, events added by an import). The totals cannot
            # be corrected by difference then, so they are built again.
            count_totals_reset()
        events = dict(counted)  # checked and unchanged
        for first, last in _day_runs(summarised):
            written = _daily_counts_replace(first, last)
            for offset in range((last - first).days + 1):
                day = first + timedelta(days=offset)
                events[day] = written.get(day, 0)
        SummarisedDay.objects.bulk_create(
            [
                SummarisedDay(day=day, events=n, last_event_id=mark, checked_at=now)
                for day, n in events.items()
            ],
            update_conflicts=True,
            unique_fields=["day"],
            update_fields=["events", "last_event_id", "checked_at"],
        )
    return SummaryRefresh(raw_from=raw_from, summarised=summarised, checked=len(suspect))


# --- the aggregate ------------------------------------------------------------------------


def event_counts(*, day: date, raw_from: date | None = None, text_ids: bool = False) -> dict:
    """Counted events per skill up to the end of `day`: {skill_id: [values of _AGG_FIELDS]}.

    Up to three queries, read in one snapshot: the all-time totals (SkillCountTotal, when
    they end before the windows of `day`), one GROUP BY skill over SkillDailyCount for the
    days after them and before `raw_from`, and one over the raw events from `raw_from` on.
    `raw_from` comes from `daily_counts_refresh` (by default a dry run of it).
    With `text_ids` the keys are the ids as the database writes them as text (what
    `rankings_compute` matches with `_published_skills`: 100,000 UUID objects cost 0.1 s).
    """
    if raw_from is None:
        raw_from = daily_counts_refresh(dry_run=True).raw_from
    outermost = not connection.in_atomic_block
    with transaction.atomic():
        if outermost and connection.vendor == "postgresql":
            with connection.cursor() as cursor:  # the totals, their mark and the daily counts agree
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        # One worker beside the leader: the parts are small (the summed days, the raw
        # days, the totals) and a run reads the skills meanwhile on another connection;
        # with the server's default of two, three processes and that read shared two cores
        # (docs/RANKINGS.md has the figures).
        _tune_for_aggregates(parallel_workers=1)
        return _event_counts(day, raw_from, text_ids=text_ids)


def _event_counts(day: date, raw_from: date, *, text_ids: bool) -> dict:
    mark = CountTotalsMark.objects.filter(
        day__lte=day - timedelta(days=WINDOW_DAYS), day__lt=raw_from
    ).first()
    summary = SkillDailyCount.objects.filter(day__lte=day, day__lt=raw_from)
    if mark is not None:
        summary = summary.filter(day__gt=mark.day)
    filters = _window_filters(day, on="day")
    parts: list[QuerySet] = [  # the first part names the columns of all
        summary.order_by()
        .values("skill_id")
        .annotate(**{name: Coalesce(Sum("count", filter=filters[name]), 0) for name in _AGG_FIELDS})
        .values_list("skill_id", *_AGG_FIELDS)
    ]
    if mark is not None:  # the totals fill the four all-time fields
        parts.append(
            SkillCountTotal.objects.order_by()
            .annotate(**{f"t_{name}": F(name) for name in _TOTAL_FIELDS})
            .annotate(**{name: Value(0) for name in _AGG_FIELDS[len(_TOTAL_FIELDS) :]})
            .values_list(
                "skill_id",
                *(f"t_{name}" for name in _TOTAL_FIELDS),
                *_AGG_FIELDS[len(_TOTAL_FIELDS) :],
            )
        )
    if raw_from <= day:
        filters = _window_filters(day, on="created_at")
        parts.append(
            SkillEvent.objects.filter(
                counted=True,
                created_at__gte=_midnight(raw_from),
                created_at__lt=_midnight(day + timedelta(days=1)),
            )
            .order_by()
            .values("skill_id")
            .annotate(**{name: Count("pk", filter=filters[name]) for name in _AGG_FIELDS})
            .values_list("skill_id", *_AGG_FIELDS)
        )
    if len(parts) == 1 and not text_ids:
        return {skill_id: values for skill_id, *values in _rows(parts[0])}
    # One statement adds the parts up per skill: a third of the rows to fetch and no merge
    # in Python (each part is grouped by skill already).
    # Each part's counts as integer: SUM(integer) is a bigint, SUM(bigint) a numeric (slow).
    quote = connection.ops.quote_name
    selects, params = [], []
    for i, part in enumerate(parts):
        sql, part_params = part.query.sql_with_params()
        names = [
            name
            for name in part.query.values_select + tuple(part.query.annotation_select)
            if name != "skill_id"
        ]
        ints = ", ".join(
            f"CAST({quote(name)} AS integer) AS {quote(field)}"
            for name, field in zip(names, _AGG_FIELDS, strict=True)
        )
        selects.append(f"SELECT {quote('skill_id')}, {ints} FROM ({sql}) AS p{i}")  # noqa: S608 - constant names
        params.extend(part_params)
    sums = ", ".join(f"SUM({quote(name)})" for name in _AGG_FIELDS)
    key = f"CAST({quote('skill_id')} AS varchar)" if text_ids else quote("skill_id")
    sql = f"SELECT {key}, {sums} FROM ({' UNION ALL '.join(selects)}) AS parts GROUP BY {quote('skill_id')}"  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    if (
        connection.vendor != "postgresql" and not text_ids
    ):  # the raw cursor leaves SQLite's UUIDs as text
        rows = [(uuid.UUID(skill_id), *values) for skill_id, *values in rows]
    return {skill_id: values for skill_id, *values in rows}


# --- all-time totals ------------------------------------------------------------------------

WINDOW_DAYS = max(
    scoring.MONTH_DAYS, 2 * scoring.TRENDING_DAYS
)  # the oldest window reaches back this far
_TOTAL_FIELDS = ("installs", "downloads", "copies", "views")  # the first four _AGG_FIELDS
_TOTAL_KINDS = {"installs": "install", "downloads": "download", "copies": "copy", "views": "view"}


def count_totals_reset() -> None:
    """Drop the all-time totals; the next run builds them again. For writers of daily
    counts other than this module (say `load_demo`), in their transaction."""
    CountTotalsMark.objects.all().delete()
    SkillCountTotal.objects.all().delete()


def count_totals_advance(*, through: date) -> bool:
    """Add the daily counts of the days after the totals' mark, up to `through`, to
    SkillCountTotal (every day up to `through` when there are no totals yet). Forward
    only; `through` must be a summarised (or pruned) day. Returns whether they moved.
    A rewrite of days the totals hold (`_daily_counts_replace`) corrects them in place."""
    with transaction.atomic():
        _writers_lock(_SUMMARY_WRITERS_LOCK)
        mark = CountTotalsMark.objects.first()
        if mark is not None and mark.day >= through:
            return False
        rows = SkillDailyCount.objects.filter(day__lte=through)
        if mark is None:
            _tune_for_aggregates()  # every summarised day is grouped
        else:
            rows = rows.filter(day__gt=mark.day)
        _totals_add(rows, sign=1)
        CountTotalsMark.objects.update_or_create(pk=1, defaults={"day": through})
    return True


def _totals_add(daily_counts: QuerySet, *, sign: int) -> None:
    """Add (sign=1) or take away (sign=-1) these daily counts to the totals per skill: one
    `INSERT … SELECT … GROUP BY skill … ON CONFLICT DO UPDATE`, nothing through Python."""
    grouped = (
        daily_counts.order_by()
        .values("skill_id")
        .annotate(
            **{
                name: Coalesce(Sum("count", filter=Q(kind=kind)), 0) * Value(sign)
                for name, kind in _TOTAL_KINDS.items()
            }
        )
        .values_list("skill_id", *_TOTAL_FIELDS)
    )
    sql, params = grouped.query.sql_with_params()
    table = SkillCountTotal._meta.db_table
    added = ", ".join(f"{name} = {table}.{name} + excluded.{name}" for name in _TOTAL_FIELDS)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} (skill_id, {', '.join(_TOTAL_FIELDS)}) {sql} "
            f"ON CONFLICT (skill_id) DO UPDATE SET {added}",
            params,
        )


def _summaries_and_totals(day: date) -> SummaryRefresh:
    """The writes before (or, in a parallel run, beside) a run's reads: the summaries of
    the days that became final, then the totals moved up to the oldest day the windows of
    `day` do not need."""
    refresh = daily_counts_refresh()
    count_totals_advance(
        through=min(day - timedelta(days=WINDOW_DAYS), refresh.raw_from - timedelta(days=1))
    )
    return refresh


_POPULARITY_COLUMNS = (
    "skill_id",
    "installs_total",
    "installs_7d",
    "installs_30d",
    "downloads_total",
    "copies_total",
    "views_total",
    "views_30d",
    "score",
    "trending_score",
    "breakdown",
    "values_digest",
)


def _popularity_write(rows: list[tuple], *, computed_at: datetime) -> None:
    """Write the popularity rows (values in `_POPULARITY_COLUMNS` order) where they changed.

    The caller sends only the rows whose `values_digest` changed. On PostgreSQL they are
    COPYed into a temporary table; then one `INSERT … ON CONFLICT DO UPDATE` adds skills
    ranked for the first time and rewrites the rows whose digest differs (a row rewritten
    by another run meanwhile is left alone). `computed_at` is therefore when the values
    last changed.
    Elsewhere one bulk upsert.
    The listings' sort keys (SkillSortKey) are written apart (`_sort_keys_write`).
    """
    columns, values = _POPULARITY_COLUMNS, _POPULARITY_COLUMNS[1:]
    if connection.vendor == "postgresql":
        import orjson

        names = ", ".join(columns)
        breakdown = columns.index("breakdown")
        with connection.cursor() as cursor:
            cursor.execute(
                "CREATE TEMP TABLE rankings_popularity_load "
                "(LIKE rankings_skillpopularity INCLUDING DEFAULTS) ON COMMIT DROP"
            )
            with cursor.cursor.copy(f"COPY rankings_popularity_load ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(
                        (
                            *row[:breakdown],
                            orjson.dumps(row[breakdown]).decode(),
                            *row[breakdown + 1 :],
                        )
                    )
            # One upsert, not an UPDATE and an `INSERT … WHERE NOT EXISTS`: on an empty or
            # just-truncated table the planner picked a nested-loop anti-join that scanned
            # the rows being inserted once per row (960 s for 100,000 new rows).
            cursor.execute(
                f"INSERT INTO rankings_skillpopularity AS p ({names}, computed_at) "  # noqa: S608 - constant names
                f"SELECT {names}, %s FROM rankings_popularity_load ON CONFLICT (skill_id) DO UPDATE SET "
                f"{', '.join(f'{c} = excluded.{c}' for c in values)}, computed_at = excluded.computed_at "
                "WHERE p.values_digest IS DISTINCT FROM excluded.values_digest",
                [computed_at],
            )
            cursor.execute("DROP TABLE rankings_popularity_load")
        return
    objs = [
        SkillPopularity(**dict(zip(columns, row, strict=True)), computed_at=computed_at)
        for row in rows
    ]
    SkillPopularity.objects.bulk_create(
        objs,
        batch_size=500,
        update_conflicts=True,
        unique_fields=["skill"],
        update_fields=[*values, "computed_at"],
    )


def _sort_keys_write(keys: list[tuple], bands: list[tuple], missing: list) -> int:
    """Write the listings' sort keys, [(skill_id, installs_total, trending_score, stars,
    name)] of the skills whose keys changed, among them `missing`, the ids of those that
    have no SkillSortKey row yet, and the search's installs bands, [(skill_id, installs_band)] of the skills whose band
    changed. Returns the rows sent.

    A narrow table (SkillSortKey): 0.25-0.45 s in a daily run at 100,000 skills (about
    12,000 keys and 1,800 bands change), where the same keys on skills_skill cost 1.2-1.8 s
    (a new version of each wide row through all its indexes).
    On PostgreSQL a COPY, an UPDATE and an INSERT of the missing rows, then a COPY and
    an UPDATE of the bands, each in key order (two runs meet rows in one order);
    elsewhere a bulk upsert and a bulk update.
    """
    if not keys and not bands:
        return 0
    with transaction.atomic():
        if connection.vendor != "postgresql":
            SkillSortKey.objects.bulk_create(
                [
                    SkillSortKey(skill_id=pk, installs_total=i, trending_score=t, stars=s, name=n)
                    for pk, i, t, s, n in keys
                ],
                batch_size=500,
                update_conflicts=True,
                unique_fields=["skill"],
                update_fields=["installs_total", "trending_score", "stars", "name"],
            )
            Skill.objects.bulk_update(
                [Skill(pk=pk, installs_band=band) for pk, band in bands],
                ["installs_band"],
                batch_size=500,
            )
            return len(keys) + len(bands)
        with connection.cursor() as cursor:
            if keys:
                _temp_table_load(
                    cursor,
                    "rankings_sort_keys_load",
                    sorted(keys),
                    "skill_id uuid PRIMARY KEY, installs_total integer, trending_score double precision, "
                    "stars integer, name varchar(200)",
                )
                # An UPDATE, then an INSERT of the rows still missing (rare): cheaper than
                # one upsert, whose speculative insertion probes the index for every row.
                cursor.execute(
                    "UPDATE skills_skillsortkey AS k SET installs_total = l.installs_total, "
                    "trending_score = l.trending_score, stars = l.stars, name = l.name "
                    "FROM rankings_sort_keys_load AS l WHERE k.skill_id = l.skill_id "
                    "AND (k.installs_total, k.trending_score, k.stars, k.name) IS DISTINCT FROM "
                    "(l.installs_total, l.trending_score, l.stars, l.name)"
                )
                if missing:
                    cursor.execute(
                        "INSERT INTO skills_skillsortkey (skill_id, installs_total, trending_score, stars, name) "
                        "SELECT l.skill_id, l.installs_total, l.trending_score, l.stars, l.name "
                        "FROM rankings_sort_keys_load AS l "
                        "JOIN skills_skill AS s ON s.id = l.skill_id "  # a skill deleted meanwhile is skipped
                        "WHERE l.skill_id = ANY(%s::uuid[]) ON CONFLICT (skill_id) DO NOTHING",
                        [list(missing)],
                    )
                cursor.execute("DROP TABLE rankings_sort_keys_load")
            if bands:
                _temp_table_load(
                    cursor,
                    "rankings_bands_load",
                    sorted(bands),
                    "skill_id uuid PRIMARY KEY, installs_band smallint",
                )
                cursor.execute(
                    "UPDATE skills_skill AS s SET installs_band = l.installs_band FROM rankings_bands_load AS l "
                    "WHERE s.id = l.skill_id AND s.installs_band <> l.installs_band"
                )
                cursor.execute("DROP TABLE rankings_bands_load")
    return len(keys) + len(bands)


def _temp_table_load(cursor, table: str, rows: Iterable[tuple], columns: str) -> None:
    """COPY `rows` into a new temporary table (dropped at commit) and ANALYZE it, for an
    UPDATE … FROM it (PostgreSQL)."""
    cursor.execute(f"CREATE TEMP TABLE {table} ({columns}) ON COMMIT DROP")
    with cursor.cursor.copy(f"COPY {table} FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)
    cursor.execute(f"ANALYZE {table}")


def _snapshots_write(day: date, boards: dict[str, list[tuple]]) -> int:
    """Replace the day's snapshots with the given boards: {board: [(skill_id, value)]}."""
    SkillRankSnapshot.objects.filter(date=day).delete()
    if connection.vendor == "postgresql":
        buffer = io.StringIO()
        total = 0
        for board, entries in boards.items():
            for rank, (skill_id, value) in enumerate(entries, start=1):
                buffer.write(f"{day.isoformat()}\t{board}\t{skill_id}\t{rank}\t{value}\n")
                total += 1
        with (
            connection.cursor() as cursor,
            cursor.cursor.copy(
                "COPY rankings_skillranksnapshot (date, board, skill_id, rank, score) FROM STDIN"
            ) as copy,
        ):
            copy.write(buffer.getvalue())
        return total
    objs = [
        SkillRankSnapshot(date=day, board=board, skill_id=skill_id, rank=rank, score=value)
        for board, entries in boards.items()
        for rank, (skill_id, value) in enumerate(entries, start=1)
    ]
    SkillRankSnapshot.objects.bulk_create(objs, batch_size=500)
    return len(objs)


AGGREGATE_WORK_MEM = "64MB"


def _tune_for_aggregates(*, parallel_workers: int | None = None) -> None:
    """Session settings for the big GROUP BY, local to the current transaction (PostgreSQL).

    JIT compilation costs ~2 s on the 10M-row aggregate and saves nothing; a larger
    work_mem keeps the hash aggregate of 100,000 groups in memory instead of spilling.
    `parallel_workers` caps the workers of each parallel step (default: the server's).
    """
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL jit = off")
        cursor.execute(f"SET LOCAL work_mem = '{AGGREGATE_WORK_MEM}'")
        if parallel_workers is not None:
            cursor.execute(f"SET LOCAL max_parallel_workers_per_gather = {int(parallel_workers)}")


def _columns(rows: list, width: int) -> list[list]:
    """Rows turned into columns (`width` empty columns when there are no rows)."""
    return (
        [list(column) for column in zip(*rows, strict=True)] if rows else [[] for _ in range(width)]
    )


def _days_since_sql(column: str, day: date) -> RawSQL:
    """Whole UTC days from `column` to `day` (negative when after it), computed in SQL."""
    if connection.vendor == "postgresql":
        return RawSQL(f"(%s::date - ({column} AT TIME ZONE 'UTC')::date)", [day.isoformat()])  # noqa: S611 - constant column
    return RawSQL(f"CAST(julianday(%s) - julianday(date({column})) AS INTEGER)", [day.isoformat()])  # noqa: S611


@contextmanager
def _gc_paused():
    """Pause the cyclic garbage collector. A run allocates millions of small objects (rows,
    tuples, UUIDs) that form no cycles, and the collections they trigger cost about a second
    on 100,000 skills; reference counting still frees everything as usual."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class _Background:
    """Run `fn(*args)` in a thread with its own database connection (and transaction).

    For the parallel steps of a PostgreSQL run: the connection is another server process,
    so the work overlaps with what the calling thread does; psycopg releases the GIL
    while it waits for the server. `result()` waits and re-raises the job's error.
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


def _published_skills(day: date) -> list[tuple]:
    """What the rules read of every published skill, plus its current sort keys and the
    digest of its stored popularity values (None when it has none). Ids as text, as
    `event_counts(text_ids=True)` keys them."""
    new_since = _midnight(day - timedelta(days=scoring.NEW_DAYS - 1))
    new_until = _midnight(day + timedelta(days=1))
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
        _tune_for_aggregates()  # the two joins hash 100,000 rows each: in memory, not in batches
        return _rows(query)


@_gc_paused()
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
            jobs["skills"] = _Background(_published_skills, day)
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
        skills = jobs["skills"].result() if parallel else _published_skills(day)
        run.skills = len(skills)
        lap("skills")
        table = _Table(skills, counts)
        popularity, boards = _scores_and_boards(table, board_limit=board_limit, lap=lap)
        run.boards = {board: len(entries) for board, entries in boards.items()}
        sort_keys = table.sort_keys()
        if parallel and not dry_run:
            # Written while the popularity and the snapshots are: two server processes on
            # the two cores. Not during the scores: its COPY is Python work too, and the
            # two would take turns on the GIL (the scores took 1.2 s instead of 0.6).
            jobs["sort keys"] = _Background(_sort_keys_write, *sort_keys)
        if dry_run:
            run.popularity_written = len(popularity)
            run.snapshot_rows = sum(run.boards.values())
            return run
        with transaction.atomic():
            _writers_lock(_RANKING_WRITERS_LOCK)
            _popularity_write(popularity, computed_at=timezone.now())
            run.popularity_written = len(popularity)
            lap("write popularity")
            run.snapshot_rows = _snapshots_write(day, boards)
            lap("write snapshots")
            if not parallel:
                _sort_keys_write(*sort_keys)
                lap("sort keys")
        if parallel:
            run.summarised_days = len(jobs["summaries"].result().summarised)
            jobs["sort keys"].result()
            lap("wait for the background")
        # Listings ordered by popularity changed (at the outer commit when inside one).
        transaction.on_commit(catalogue_changed)
        return run
    finally:
        for name, job in jobs.items():  # on an error elsewhere: let the jobs finish first
            error = job.wait()
            if error is not None and not job.raised:
                log.error("rankings: background step %r failed", name, exc_info=error)
            run.timings[f"{name} (background)"] = job.seconds


class _Table:
    """The rows of `_published_skills` and their counts (both keyed by the ids as text:
    hashing and comparing UUID objects are Python calls) as columns of plain values, with
    the listings' sort keys: all-time installs and trending."""

    def __init__(self, skills: list[tuple], counts: dict):
        self.n = len(skills)
        (
            self.ids,
            self.slugs,
            self.stars,
            self.days_since_change,
            self.is_spec_valid,
            self.licenses,
            self.license_confidences,
            self.verdicts,
            self.mirror_ofs,
            self.category_ids,
            self.is_new,
            self.old_digests,
            self.names,
            self.old_bands,
            *old_keys,
        ) = _columns(skills, 18)
        self.old_keys = list(
            zip(*old_keys, strict=True)
        )  # (installs, trending, stars, name) or Nones
        zeros = (0,) * len(_AGG_FIELDS)
        (
            self.installs,
            self.downloads,
            self.copies,
            self.views,
            *weeks,
            self.views_30d,
            recent,
            previous,
        ) = _columns(list(map(counts.get, self.ids, repeat(zeros))), len(_AGG_FIELDS))
        self.weeks = list(zip(*weeks, strict=True))  # installs per week of age, newest first
        self.trending = [
            0.0 if r < 3 or v == "fail" else scoring.trending_score(recent=r, previous=p)
            for r, p, v in zip(recent, previous, self.verdicts, strict=True)
        ]
        # A mirror stays below its canonical (when that one is ranked too), by position.
        canonicals = {m for m in self.mirror_ofs if m is not None}
        position = {pk: i for i, pk in enumerate(self.ids) if pk in canonicals}
        self.mirror_of = {i: position[m] for i, m in enumerate(self.mirror_ofs) if m in position}
        self.involved = {*self.mirror_of, *self.mirror_of.values()}
        for i, capped in scoring.mirror_cap(
            {i: self.trending[i] for i in self.involved}, self.mirror_of
        ).items():
            self.trending[i] = capped

    def sort_keys(self) -> tuple[list[tuple], list[tuple], list]:
        """The listings' sort keys, (skill_id, installs_total, trending_score, stars, name),
        of the skills whose keys changed (or are missing); the installs bands,
        (skill_id, installs_band), of those whose band changed; the ids of the skills
        without a SkillSortKey row (`_sort_keys_write`'s arguments)."""
        ids, old_keys = self.ids, self.old_keys
        keys = [
            (ids[i], *key)
            for i, key in enumerate(
                zip(self.installs, self.trending, self.stars, self.names, strict=True)
            )
            if key != old_keys[i]
        ]
        bands = [
            (ids[i], band)
            for i, band in enumerate(map(installs_band, self.installs))
            if band != self.old_bands[i]
        ]
        missing = [ids[i] for i, key in enumerate(old_keys) if key[0] is None]
        return keys, bands, missing


def _scores_and_boards(
    table: _Table, *, board_limit: int, lap: Callable[[str], None]
) -> tuple[list[tuple], dict[str, list[tuple]]]:
    """Popularity rows that changed (in `_POPULARITY_COLUMNS` order) and boards ({board:
    [(skill_id, value)]}): the rules applied column by column, once per distinct value,
    and the whole-table steps done by C loops (map, zip, sort) rather than per row."""
    t = table
    d0, d1, d2, d3, d4 = scoring.DECAY_WEEKS
    installs_7d = [w[0] for w in t.weeks]
    installs_30d = list(map(sum, t.weeks))
    totals, points = scoring.score_table(
        {
            "installs_total": t.installs,
            "installs_7d": installs_7d,
            "installs_decayed_30d": [
                round(a * d0 + b * d1 + c * d2 + d * d3 + e * d4, 3) for a, b, c, d, e in t.weeks
            ],
            "downloads_total": t.downloads,
            "copies_total": t.copies,
            "stars": t.stars,
            "days_since_change": [
                None if d is None else max(0, int(d)) for d in t.days_since_change
            ],
            "is_spec_valid": t.is_spec_valid,
            "license": t.licenses,
            "license_confidence": t.license_confidences,
            "security_verdict": [v or "" for v in t.verdicts],
            "is_mirror": [m is not None for m in t.mirror_ofs],
        }
    )
    scores = list(totals)
    capped = scoring.mirror_cap({i: scores[i] for i in t.involved}, t.mirror_of)
    for i, value in capped.items():
        scores[i] = value
    # Only the rows whose values changed (about a third on a daily run) or that are new. The
    # digest hashes plain numbers (every rule's points, not the breakdown's names): Python
    # hashes numbers the same way in every process, unlike strings.
    values = (
        t.installs,
        installs_7d,
        installs_30d,
        t.downloads,
        t.copies,
        t.views,
        t.views_30d,
        scores,
        t.trending,
    )
    digests = list(map(hash, zip(*values, points, strict=True)))
    popularity = []
    for i in compress(range(t.n), map(ne, digests, t.old_digests)):
        parts = scoring.compact_parts(points[i])
        if i in capped:
            parts["mirror_cap"] = round(capped[i] - totals[i], 3)
        popularity.append((t.ids[i], *(column[i] for column in values), parts, digests[i]))
    lap("score")

    # Boards: ties go to more installs, then to the slug (stable across runs). One order by
    # score serves top, new and every category; ties are broken only within runs of equal
    # scores, and only until every board is full. Trending sorts its own (small) subset.
    ids, installs, trending, slugs = t.ids, t.installs, t.trending, t.slugs
    by_score = sorted(range(t.n), key=[-x for x in scores].__getitem__)
    category_keys = dict(Category.objects.values_list("pk", "key"))
    boards: dict[str, list[tuple]] = {Board.TOP.value: [], Board.NEW.value: []}
    for key in sorted(category_keys.values()):
        boards[f"cat:{key}"] = []
    category_board = [
        boards[f"cat:{category_keys[c]}"] if c in category_keys else None for c in t.category_ids
    ]
    top, new = boards[Board.TOP.value], boards[Board.NEW.value]
    members = Counter(t.category_ids)
    # Entries each board can still take: when all are 0 the rest of the order is not needed.
    room = (
        min(board_limit, t.n)
        + min(board_limit, sum(t.is_new))
        + sum(min(board_limit, members[c]) for c in category_keys)
    )
    for _, run in groupby(by_score, key=scores.__getitem__):
        run = list(run)
        if len(run) > 1:
            run.sort(key=slugs.__getitem__)
            run.sort(key=lambda i: -installs[i])
        for i in run:
            entry = (ids[i], scores[i])
            if len(top) < board_limit:
                top.append(entry)
                room -= 1
            if t.is_new[i] and len(new) < board_limit:
                new.append(entry)
                room -= 1
            board = category_board[i]
            if board is not None and len(board) < board_limit:
                board.append(entry)
                room -= 1
        if room <= 0:
            break
    rising = [i for i in range(t.n) if trending[i] > 0]
    boards[Board.TRENDING.value] = [
        (ids[i], trending[i])
        for i in heapq.nsmallest(
            board_limit, rising, key=lambda i: (-trending[i], -installs[i], slugs[i])
        )
    ]
    boards = {
        board: entries
        for board, entries in boards.items()
        if entries or not board.startswith("cat:")
    }
    lap("boards")
    return popularity, boards


# --- pruning raw events ---------------------------------------------------------------------

MIN_PRUNE_AGE = timedelta(days=MAX_EVENT_AGE.days + 1)


def events_prune(
    *, older_than: timedelta, dry_run: bool = False, progress: Callable[[str], None] | None = None
) -> dict:
    """Summarise raw events of whole UTC days older than `older_than`, then delete them.

    Day by day, oldest first, each day in one transaction: counted events per skill and
    kind go to SkillDailyCount (replacing what was there for that day: usually the same
    rows, written by `compute_rankings`), then the day's raw events and its SummarisedDay
    row are deleted. Rankings read closed days from the daily counts anyway, and days
    without raw events always, so no ranking changes. Days without raw events are left
    alone. Returns {"days", "events", "summary_rows", "cutoff"}.
    """
    if older_than < MIN_PRUNE_AGE:
        raise ValueError(f"Refusing to prune events younger than {MIN_PRUNE_AGE.days} days.")
    say = progress or (lambda message: None)
    cutoff_day = (timezone.now() - older_than).astimezone(UTC).date()
    stats = {"days": 0, "events": 0, "summary_rows": 0, "cutoff": cutoff_day.isoformat()}
    first = raw_events_start()
    if first is None or first >= cutoff_day:
        return stats
    day = first
    while day < cutoff_day:
        todays = SkillEvent.objects.filter(
            created_at__gte=_midnight(day), created_at__lt=_midnight(day + timedelta(days=1))
        )
        with transaction.atomic():
            if not todays.exists():
                deleted = summary_rows = 0
            elif dry_run:
                deleted = todays.count()
                summary_rows = (
                    todays.filter(counted=True).values("skill_id", "kind").distinct().count()
                )
            else:
                _writers_lock(_SUMMARY_WRITERS_LOCK)
                _daily_counts_replace(day, day)
                summary_rows = SkillDailyCount.objects.filter(day=day).count()
                deleted, _ = todays.delete()
            if not dry_run:
                SummarisedDay.objects.filter(day=day).delete()  # it has no raw events left
        if deleted:
            stats["days"] += 1
            stats["events"] += deleted
            stats["summary_rows"] += summary_rows
            say(f"{day}: {deleted} events -> {summary_rows} daily counts")
        day += timedelta(days=1)
    return stats
