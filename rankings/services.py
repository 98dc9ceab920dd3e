"""Writes of the rankings domain: recording events, computing popularity and snapshots,
and pruning raw events.

Recording is append-only and cheap: one multi-row `INSERT … ON CONFLICT DO NOTHING` per
batch of events (three statements when some are deduplicated), never a lock on the skill
row and never a read-modify-write of a counter. The unique `dedup_key` decides, in the database, whether an event counts, so
concurrent writers can neither double count nor lose an event.

Counting windows are whole UTC days. Rankings read the raw events from the first day that
still has raw events, and SkillDailyCount (the summary written by `events_prune`) for the
days before it; pruning summarises whole days and deletes them oldest first, so at any
moment each day is read from exactly one of the two tables and pruning changes no ranking.
"""

from __future__ import annotations

import hashlib
import heapq
import io
import logging
import re
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from django.conf import settings
from django.db import OperationalError, connection, transaction
from django.db.models import BooleanField, Count, ExpressionWrapper, Min, OuterRef, Q, Subquery, Sum
from django.db.models.expressions import RawSQL
from django.utils import timezone

from marketplace.fingerprint import fingerprint
from marketplace.ratelimit import rate_limit_hit
from rankings import scoring
from rankings.bots import is_bot_user_agent
from rankings.models import (
    Board,
    Channel,
    EventKind,
    SkillDailyCount,
    SkillEvent,
    SkillPopularity,
    SkillRankSnapshot,
)
from skills.cache import catalogue_changed
from skills.models import Category, Skill

__all__ = [
    "BOARD_LIMIT",
    "EventOutcome",
    "actor_is_rate_limited",
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
    bucket = at.strftime("%Y-%m-%dT%H") if DEDUP_WINDOWS.get(kind) == "hour" else at.strftime("%Y-%m-%d")
    raw = f"{kind}|{skill_id}|{actor}|{bucket}"
    return hashlib.blake2b(raw.encode(), digest_size=16).hexdigest()


_INSERT_COLUMNS = (
    "skill_id", "kind", "actor", "channel", "client_event_id", "dedup_key", "counted", "is_bot",
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
    fields = [meta.get_field(col.removesuffix("_id") if col == "skill_id" else col) for col in _INSERT_COLUMNS]
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
    known = set(SkillEvent.objects.filter(client_event_id__in=ids).values_list("client_event_id", flat=True))
    for i in rest:
        if rows[i]["client_event_id"] in known:
            statuses[i] = "duplicate_id"
    # 3. The rest are stored as seen but not counted.
    rest = sorted((i for i in rest if not statuses[i]), key=lambda i: (rows[i]["client_event_id"] or "", i))
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
        "skill_id": skill_id, "kind": kind, "actor": actor, "channel": channel,
        "client_event_id": client_event_id, "created_at": at,
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
        skill_id=getattr(skill, "pk", skill), kind=kind, actor=actor_key(actor), channel=channel,
        client_event_id=client_event_id, at=at or now, now=now,
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
    rows = Skill.objects.published().filter(Q(pk__in=ids) | Q(slug__in=slugs)).values_list("pk", "slug")
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
            skill_id=skill_id, kind=str(event.get("kind", "")), actor=actor, channel=channel,
            client_event_id=event.get("client_event_id"), at=now, now=now,
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
    return rate_limit_hit(f"events:{actor_key(actor)[:32]}", limit=rate_limit_per_minute(), window_seconds=60)


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
            f"skills ({self.with_events} with events, raw events from {self.raw_from or '-'}), "
            f"{self.popularity_written} popularity rows, {self.snapshot_rows} snapshot rows on "
            f"{len(self.boards)} boards (top {self.boards.get('top', 0)}, trending "
            f"{self.boards.get('trending', 0)}, new {self.boards.get('new', 0)}, {cats} categories). "
            f"Timings: {phases}."
        )


# Per skill, in this order: all-time totals, then windows (see scoring for their use).
_AGG_FIELDS = (
    "installs", "downloads", "copies", "views", "inst_w0", "inst_w1", "inst_w2", "inst_w3",
    "inst_w4", "views_30d", "act_recent", "act_previous",
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
        "inst_w0": kind("install") & between(0, 6),
        "inst_w1": kind("install") & between(7, 13),
        "inst_w2": kind("install") & between(14, 20),
        "inst_w3": kind("install") & between(21, 27),
        "inst_w4": kind("install") & between(28, scoring.MONTH_DAYS - 1),
        "views_30d": kind("view") & between(0, scoring.MONTH_DAYS - 1),
        "act_recent": kind(*INTENT_KINDS) & between(0, scoring.TRENDING_DAYS - 1),
        "act_previous": kind(*INTENT_KINDS)
        & between(scoring.TRENDING_DAYS, 2 * scoring.TRENDING_DAYS - 1),
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
    """The first UTC day that still has raw events (days before it are summarised)."""
    first = SkillEvent.objects.aggregate(first=Min("created_at"))["first"]
    return first.astimezone(UTC).date() if first else None


def event_counts(*, day: date) -> dict:
    """Counted events per skill up to the end of `day`: {skill_id: [values of _AGG_FIELDS]}.

    Two GROUP BY skill queries: raw events from the first raw day, daily counts before it.
    """
    raw_from = raw_events_start()
    end = _midnight(day + timedelta(days=1))
    counts: dict = {}
    if raw_from is not None and raw_from <= day:
        filters = _window_filters(day, on="created_at")
        rows = (
            SkillEvent.objects.filter(counted=True, created_at__gte=_midnight(raw_from), created_at__lt=end)
            .order_by()
            .values("skill_id")
            .annotate(**{name: Count("pk", filter=filters[name]) for name in _AGG_FIELDS})
            .values_list("skill_id", *_AGG_FIELDS)
        )
        for skill_id, *values in _rows(rows):
            counts[skill_id] = values
    summary = SkillDailyCount.objects.filter(day__lte=day)
    if raw_from is not None:
        summary = summary.filter(day__lt=raw_from)
    filters = _window_filters(day, on="day")
    rows = (
        summary.order_by()
        .values("skill_id")
        .annotate(**{name: Sum("count", filter=filters[name]) for name in _AGG_FIELDS})
        .values_list("skill_id", *_AGG_FIELDS)
    )
    for skill_id, *values in _rows(rows):
        values = [v or 0 for v in values]
        if skill_id in counts:
            counts[skill_id] = [a + b for a, b in zip(counts[skill_id], values, strict=True)]
        else:
            counts[skill_id] = values
    return counts


def _popularity_write(rows: list[tuple]) -> None:
    """Upsert popularity rows (PostgreSQL: COPY into a temp table, one INSERT … ON CONFLICT)."""
    columns = [
        "skill_id", "installs_total", "installs_7d", "installs_30d", "downloads_total",
        "copies_total", "views_total", "views_30d", "score", "trending_score", "breakdown",
        "computed_at",
    ]
    if connection.vendor == "postgresql":
        import orjson

        with connection.cursor() as cursor:
            cursor.execute(
                "CREATE TEMP TABLE IF NOT EXISTS rankings_popularity_load "
                "(LIKE rankings_skillpopularity INCLUDING DEFAULTS) ON COMMIT DROP"
            )
            buffer = io.StringIO()
            for row in rows:
                *head, breakdown, computed = row
                buffer.write("\t".join(str(v) for v in head))
                buffer.write("\t")
                buffer.write(orjson.dumps(breakdown).decode().replace("\\", "\\\\"))
                buffer.write(f"\t{computed.isoformat()}\n")
            with cursor.cursor.copy(
                f"COPY rankings_popularity_load ({', '.join(columns)}) FROM STDIN"
            ) as copy:
                copy.write(buffer.getvalue())
            updates = ", ".join(f"{c} = EXCLUDED.{c}" for c in columns[1:])
            # Unchanged rows are not rewritten (no dead tuples, no WAL): a re-run is cheap.
            cursor.execute(
                f"INSERT INTO rankings_skillpopularity ({', '.join(columns)}) "  # noqa: S608 - constant names
                f"SELECT {', '.join(columns)} FROM rankings_popularity_load "
                f"ON CONFLICT (skill_id) DO UPDATE SET {updates} "
                f"WHERE ({', '.join('rankings_skillpopularity.' + c for c in columns[1:-1])}) "
                f"IS DISTINCT FROM ({', '.join('EXCLUDED.' + c for c in columns[1:-1])})"
            )
            cursor.execute("DROP TABLE rankings_popularity_load")
            # The sort keys the listings read, copied where they changed (one statement).
            cursor.execute(
                "UPDATE skills_skill AS s SET installs_total = p.installs_total, "
                "trending_score = p.trending_score FROM rankings_skillpopularity AS p "
                "WHERE p.skill_id = s.id AND (s.installs_total, s.trending_score) "
                "IS DISTINCT FROM (p.installs_total, p.trending_score)"
            )
        return
    objs = [SkillPopularity(**dict(zip(columns, row, strict=True))) for row in rows]
    SkillPopularity.objects.bulk_create(
        objs, batch_size=500, update_conflicts=True, unique_fields=["skill"],
        update_fields=[c for c in columns[1:]],
    )
    popularity = SkillPopularity.objects.filter(skill=OuterRef("pk"))
    Skill.objects.filter(popularity__isnull=False).update(
        installs_total=Subquery(popularity.values("installs_total")[:1]),
        trending_score=Subquery(popularity.values("trending_score")[:1]),
    )


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
        with connection.cursor() as cursor, cursor.cursor.copy(
            "COPY rankings_skillranksnapshot (date, board, skill_id, rank, score) FROM STDIN"
        ) as copy:
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


def _tune_for_aggregates() -> None:
    """Session settings for the big GROUP BY, local to the current transaction (PostgreSQL).

    JIT compilation costs ~2 s on the 10M-row aggregate and saves nothing; a larger
    work_mem keeps the hash aggregate of 100,000 groups in memory instead of spilling.
    """
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL jit = off")
        cursor.execute(f"SET LOCAL work_mem = '{AGGREGATE_WORK_MEM}'")


def _days_since_sql(column: str, day: date) -> RawSQL:
    """Whole UTC days from `column` to `day` (negative when after it), computed in SQL."""
    if connection.vendor == "postgresql":
        return RawSQL(f"(%s::date - ({column} AT TIME ZONE 'UTC')::date)", [day.isoformat()])  # noqa: S611 - constant column
    return RawSQL(f"CAST(julianday(%s) - julianday(date({column})) AS INTEGER)", [day.isoformat()])  # noqa: S611


def rankings_compute(
    *,
    on: date | None = None,
    dry_run: bool = False,
    board_limit: int = BOARD_LIMIT,
    progress: Callable[[str], None] | None = None,
) -> RankingRun:
    """Recompute every published skill's popularity and write the day's board snapshots.

    Set-based: two GROUP BY queries for the counts, one query for the skills, one Python
    pass over plain rows for the scores (the rules of `scoring`), one upsert for the
    popularity rows and one write of the snapshots, all in one transaction. Re-running for
    the same date replaces that date's snapshots.
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

    with transaction.atomic():
        _tune_for_aggregates()
        counts = event_counts(day=day)
    run.raw_from = raw_events_start()
    run.with_events = len(counts)
    lap("aggregate")

    new_since = _midnight(day - timedelta(days=scoring.NEW_DAYS - 1))
    new_until = _midnight(day + timedelta(days=1))
    # Dates are compared in SQL: parsing 200,000 timestamps in Python costs seconds.
    skills = _rows(
        Skill.objects.published()
        .order_by()
        .annotate(
            days_since_change=_days_since_sql("last_changed_at", day),
            is_new=ExpressionWrapper(
                Q(first_seen_at__gte=new_since, first_seen_at__lt=new_until), output_field=BooleanField()
            ),
        )
        .values_list(
            "pk", "slug", "stars", "days_since_change", "is_spec_valid", "license",
            "license_confidence", "security_verdict", "mirror_of_id", "category_id", "is_new",
        )
    )
    run.skills = len(skills)
    lap("skills")

    zeros = [0] * len(_AGG_FIELDS)
    computed_at = timezone.now()
    # One vectorised pass: columns of plain values, the rules applied column by column.
    ids = [s[0] for s in skills]
    agg = [counts.get(pk, zeros) for pk in ids]
    decay = scoring.DECAY_WEEKS
    columns = {
        "installs_total": [a[0] for a in agg],
        "installs_7d": [a[4] for a in agg],
        "installs_decayed_30d": [
            round(a[4] * decay[0] + a[5] * decay[1] + a[6] * decay[2] + a[7] * decay[3] + a[8] * decay[4], 3)
            for a in agg
        ],
        "downloads_total": [a[1] for a in agg],
        "copies_total": [a[2] for a in agg],
        "stars": [s[2] for s in skills],
        "days_since_change": [None if s[3] is None else max(0, int(s[3])) for s in skills],
        "is_spec_valid": [s[4] for s in skills],
        "license": [s[5] for s in skills],
        "license_confidence": [s[6] for s in skills],
        "security_verdict": [s[7] or "" for s in skills],
        "is_mirror": [s[8] is not None for s in skills],
    }
    totals, parts = scoring.score_table(columns)
    scores: dict = dict(zip(ids, totals, strict=True))
    trending: dict = {}
    rows: dict = {}
    mirror_of: dict = {s[0]: s[8] for s in skills if s[8] is not None}
    for i, pk in enumerate(ids):
        a = agg[i]
        trend = 0.0 if a[10] < 3 or skills[i][7] == "fail" else scoring.trending_score(recent=a[10], previous=a[11])
        trending[pk] = trend
        rows[pk] = [
            pk, a[0], a[4], a[4] + a[5] + a[6] + a[7] + a[8], a[1], a[2], a[3], a[9],
            totals[i], trend, parts[i], computed_at,
        ]
    for pk, capped in scoring.mirror_cap(scores, mirror_of).items():
        rows[pk][10] = {**rows[pk][10], "mirror_cap": round(capped - scores[pk], 3)}
        rows[pk][8] = scores[pk] = capped
    for pk, capped in scoring.mirror_cap(trending, mirror_of).items():
        rows[pk][9] = trending[pk] = capped
    lap("score")

    # Boards: ties go to more installs, then to the slug (stable across runs). One sort
    # by score serves top, new and every category; trending sorts its own (small) subset.
    info = {s[0]: s for s in skills}
    installs_of = {pk: row[1] for pk, row in rows.items()}
    by_score = sorted(ids, key=lambda pk: (-scores[pk], -installs_of[pk], info[pk][1]))
    category_keys = dict(Category.objects.values_list("pk", "key"))
    boards: dict[str, list[tuple]] = {Board.TOP.value: [], Board.NEW.value: []}
    for key in sorted(category_keys.values()):
        boards[f"cat:{key}"] = []
    for pk in by_score:
        entry = (pk, scores[pk])
        if len(boards["top"]) < board_limit:
            boards["top"].append(entry)
        is_new, category_id = info[pk][10], info[pk][9]
        if is_new and len(boards["new"]) < board_limit:
            boards["new"].append(entry)
        if category_id in category_keys:
            board = boards[f"cat:{category_keys[category_id]}"]
            if len(board) < board_limit:
                board.append(entry)
    rising = [pk for pk in ids if trending[pk] > 0]
    boards[Board.TRENDING.value] = [
        (pk, trending[pk])
        for pk in heapq.nsmallest(
            board_limit, rising, key=lambda pk: (-trending[pk], -installs_of[pk], info[pk][1])
        )
    ]
    boards = {board: entries for board, entries in boards.items() if entries or not board.startswith("cat:")}
    run.boards = {board: len(entries) for board, entries in boards.items()}
    lap("boards")

    if dry_run:
        run.popularity_written = len(rows)
        run.snapshot_rows = sum(run.boards.values())
        return run
    with transaction.atomic():
        _popularity_write(list(rows.values()))
        run.popularity_written = len(rows)
        lap("write popularity")
        run.snapshot_rows = _snapshots_write(day, boards)
        lap("write snapshots")
        transaction.on_commit(catalogue_changed)  # listings ordered by popularity changed
    return run


# --- pruning raw events ---------------------------------------------------------------------

MIN_PRUNE_AGE = timedelta(days=MAX_EVENT_AGE.days + 1)


def _daily_counts_upsert(rows: list[SkillDailyCount]) -> None:
    SkillDailyCount.objects.bulk_create(
        rows, batch_size=2000, update_conflicts=True,
        unique_fields=["skill", "day", "kind"], update_fields=["count"],
    )


def events_prune(
    *, older_than: timedelta, dry_run: bool = False, progress: Callable[[str], None] | None = None
) -> dict:
    """Summarise raw events of whole UTC days older than `older_than`, then delete them.

    Day by day, oldest first, each day in one transaction: counted events per skill and
    kind go to SkillDailyCount (replacing what was there for that day), then the day's raw
    events are deleted. Rankings read daily counts exactly for the days without raw
    events, so no ranking changes. Returns {"days", "events", "summary_rows", "cutoff"}.
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
        start, end = _midnight(day), _midnight(day + timedelta(days=1))
        todays = SkillEvent.objects.filter(created_at__gte=start, created_at__lt=end)
        with transaction.atomic():
            grouped = list(
                todays.filter(counted=True).order_by().values("skill_id", "kind")
                .annotate(n=Count("pk")).values_list("skill_id", "kind", "n")
            )
            if dry_run:
                deleted = todays.count()
            else:
                _daily_counts_upsert(
                    [SkillDailyCount(skill_id=s, day=day, kind=k, count=n) for s, k, n in grouped]
                )
                deleted, _ = todays.delete()
        if deleted or grouped:
            stats["days"] += 1
            stats["events"] += deleted
            stats["summary_rows"] += len(grouped)
            say(f"{day}: {deleted} events -> {len(grouped)} daily counts")
        day += timedelta(days=1)
    return stats
