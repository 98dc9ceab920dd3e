"""Recording events: one event (`event_record`) or a batch from one actor
(`events_record_batch`), and the rate limits of the events endpoint (per actor and per
network address).

Events are validated here and stored by `event_store`: append-only, one multi-row
`INSERT … ON CONFLICT DO NOTHING` per batch in the common case, where the database's
unique keys decide whether an event counts (once per actor and window, a few times per
network address, skill, kind and day). docs/RANKINGS.md has the model and its limits.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from marketplace.fingerprint import address_fingerprint, fingerprint
from marketplace.ratelimit import rate_limit_hit
from rankings.bots import is_bot_user_agent
from rankings.models import Channel, EventKind
from rankings.services.event_store import events_store
from skills.models import Skill

# How long one actor counts once per skill and kind. Kinds added to EventKind later count
# once per day unless listed here.
DEDUP_WINDOWS: dict[str, str] = {"view": "hour"}
BATCH_MAX = 100  # events per API batch; the rest are rejected
MAX_EVENT_AGE = timedelta(days=2)  # `at` older than this is rejected (days are summarised)
MAX_EVENT_SKEW = timedelta(minutes=5)  # `at` in the future beyond this is rejected
_KINDS = frozenset(EventKind.values)
_CHANNELS = frozenset(Channel.values)
_CLIENT_ID = re.compile(r"^[A-Za-z0-9._:\-]{1,100}$")
_FINGERPRINT = re.compile(r"^[0-9a-f]{64}$")
_ADDRESS = re.compile(r"^[0-9a-f]{32}$")


@dataclass(frozen=True)
class EventOutcome:
    # "counted" | "deduplicated" | "capped" | "duplicate_id" | "bot" | "rejected"
    status: str
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


def address_key(address: str | None) -> str | None:
    """The stored network address: a salted hash of an IPv4 address or IPv6 /64
    (`marketplace.fingerprint.address_fingerprint`). A raw address is hashed; no address
    (None or "") stays None: the event then takes no address slot."""
    address = (address or "").strip().lower()
    if not address:
        return None
    if _ADDRESS.match(address):
        return address
    return address_fingerprint(address)


def dedup_key_for(*, skill_id, kind: str, actor: str, at: datetime) -> str:
    """The window key: the same actor, skill, kind and day (hour for views) share it."""
    at = at.astimezone(UTC)
    bucket = (
        at.strftime("%Y-%m-%dT%H") if DEDUP_WINDOWS.get(kind) == "hour" else at.strftime("%Y-%m-%d")
    )
    raw = f"{kind}|{skill_id}|{actor}|{bucket}"
    return hashlib.blake2b(raw.encode(), digest_size=16).hexdigest()


def _reject(reason: str) -> EventOutcome:
    return EventOutcome("rejected", reason)


def _event_row(
    *,
    skill_id,
    kind: str,
    actor: str,
    address: str | None,
    channel: str,
    client_event_id,
    at: datetime,
    now: datetime,
) -> dict | EventOutcome:
    """The row to store for one event, or why it is rejected. `actor` and `address` are
    already keys."""
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
        "address": address,
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
    address: str | None = None,
    channel: str = "web",
    client_event_id: str | None = None,
    user_agent: str = "",
    at: datetime | None = None,
) -> EventOutcome:
    """Record one event (a view, copy, download, install…) of a skill by an actor.

    `actor` is the visitor's salted fingerprint and `address` their network's
    (`marketplace.fingerprint.request_fingerprint` and `request_address`; raw values are
    hashed here, never stored). A repeated `client_event_id` is recorded once; bots are
    recorded but not counted; an actor counts once per skill and kind per UTC day (per
    hour for views); installs, downloads and copies from one address count at most
    `event_store.address_cap()` times per skill, kind and UTC day, whatever the actor
    (without an address, for imports and tools, only the actor's window applies). Web
    views, ZIP and index downloads, the CLI: every recorder of an event calls this.
    Request handlers check `actor_is_rate_limited` (and, for the API,
    `address_is_rate_limited`) first and answer 429 when it says so.
    """
    now = timezone.now()
    row = _event_row(
        skill_id=getattr(skill, "pk", skill),
        kind=kind,
        actor=actor_key(actor),
        address=address_key(address),
        channel=channel,
        client_event_id=client_event_id,
        at=at or now,
        now=now,
    )
    if isinstance(row, EventOutcome):
        return row
    return EventOutcome(events_store([row], is_bot=is_bot_user_agent(user_agent))[0])


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
    *,
    events: list[dict],
    actor: str,
    channel: str,
    address: str | None = None,
    user_agent: str = "",
) -> dict:
    """Record a batch of events from one actor and address (the API and the CLI send
    these); the rules of `event_record`.

    Each event is `{"skill": id or slug, "kind": ..., "client_event_id": optional}`.
    Returns `{"accepted", "duplicates", "rejected", "counted", "results"}` where accepted
    events were stored (counted, deduplicated, capped or from a bot), duplicates repeated
    a client_event_id, and `results[i]` is `{"index", "status", "reason"?,
    "client_event_id"?}`.
    """
    events = list(events or [])
    refs = [str(e.get("skill", "")) for e in events[:BATCH_MAX] if isinstance(e, dict)]
    skills = _skills_by_reference(refs)
    actor, address = actor_key(actor), address_key(address)
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
            address=address,
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
    stored = iter(events_store(rows, is_bot=is_bot_user_agent(user_agent)))
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
        "accepted": sum(s in {"counted", "deduplicated", "capped", "bot"} for s in statuses),
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


def address_rate_limit_per_minute() -> int:
    return int(getattr(settings, "RANKINGS_EVENTS_PER_ADDRESS_PER_MINUTE", 600))


def address_is_rate_limited(*, address: str) -> bool:
    """Count one request from the network `address` (an IPv4 address or IPv6 /64, raw or
    already a key) in the current minute; True once over the limit.

    The per-actor limit is keyed by IP and User-Agent, so a client rotating its
    User-Agent escapes it; this one is not. Higher than the per-actor limit: several
    visitors may share an address (an office, a carrier's NAT).
    """
    key = address_key(address) or "unknown"
    return rate_limit_hit(
        f"events-address:{key}", limit=address_rate_limit_per_minute(), window_seconds=60
    )
