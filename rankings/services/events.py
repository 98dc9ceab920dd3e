"""Recording events: one event (`event_record`) or a batch from one actor
(`events_record_batch`), and the per-actor rate limit of the events endpoint.

Recording is append-only and cheap: one multi-row `INSERT … ON CONFLICT DO NOTHING` per
batch of events (three statements when some are deduplicated), never a lock on the skill
row and never a read-modify-write of a counter. The unique `dedup_key` decides, in the
database, whether an event counts, so concurrent writers can neither double count nor
lose an event.
"""

from __future__ import annotations

import hashlib
import logging
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.db import OperationalError, connection, transaction
from django.db.models import Q
from django.utils import timezone

from marketplace.fingerprint import fingerprint
from marketplace.ratelimit import rate_limit_hit
from rankings.bots import is_bot_user_agent
from rankings.models import Channel, EventKind, SkillEvent
from skills.models import Skill

log = logging.getLogger(__name__)

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
