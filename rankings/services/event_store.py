"""Storing validated events: the statements behind `event_record` and
`events_record_batch`, and the rules the database's unique keys enforce.

- **One actor, one count per window**: `dedup_key` (actor, skill, kind, UTC day; hour for
  views) is unique, so the first event of a window counts and the rest are stored as not
  counted ("deduplicated").
- **One network address, a few counts per skill, kind and day**: installs, downloads and
  copies carrying an address (the salted hash of an IPv4 address or IPv6 /64) also take
  one of `address_cap()` slots (`address_slot`, unique) of their skill, kind, UTC day and
  address. When every slot is taken the event is stored as not counted ("capped"),
  whatever its User-Agent or account: rotating them no longer inflates a count.

Cheap in the common case: one multi-row `INSERT … ON CONFLICT DO NOTHING` per batch; when
some rows are not written, one look-up of what took them, an insert into the next free
slots (when any is left) and the insert of the rest as not counted. Never a lock on the
skill row, never a read-modify-write of a counter: concurrent writers can neither
double count, exceed the cap, nor lose an event.
"""

from __future__ import annotations

import hashlib
import logging
from datetime import UTC

from django.conf import settings
from django.db import OperationalError, connection, transaction
from django.db.models import Q

from rankings.models import INTENT_KINDS, SkillEvent

log = logging.getLogger(__name__)

# Counted installs (and downloads, and copies) per skill and UTC day from one address.
DEFAULT_ADDRESS_CAP = 3


def address_cap() -> int:
    """Counted events per skill, kind, UTC day and network address (at least 1)."""
    return max(1, int(getattr(settings, "RANKINGS_COUNTED_PER_ADDRESS", DEFAULT_ADDRESS_CAP)))


def address_slot_key(*, skill_id, kind: str, address: str, day: str, slot: int) -> str:
    """The key of one counted slot of a skill, kind, UTC day (`YYYY-MM-DD`) and address."""
    raw = f"slot|{kind}|{skill_id}|{address}|{day}|{slot}"
    return hashlib.blake2b(raw.encode(), digest_size=16).hexdigest()


def _capped(row: dict) -> bool:
    """Whether the row takes an address slot to count."""
    return row["address"] is not None and row["kind"] in INTENT_KINDS


def _slot_keys(row: dict, cap: int) -> list[str]:
    day = row["created_at"].astimezone(UTC).strftime("%Y-%m-%d")
    return [
        address_slot_key(
            skill_id=row["skill_id"], kind=row["kind"], address=row["address"], day=day, slot=s
        )
        for s in range(cap)
    ]


def _lock_order(row: dict) -> tuple:
    """Rows are inserted in this order. Both unique keys of a row are functions of its
    skill, kind and day (and of the batch's one actor and address), so two concurrent
    batches meet the keys they share in the same order and do not deadlock."""
    return (str(row["skill_id"]), row["kind"], row["dedup_key"] or "")


_INSERT_COLUMNS = (
    "skill_id",
    "kind",
    "actor",
    "address",
    "channel",
    "client_event_id",
    "dedup_key",
    "address_slot",
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

    Returns the `(dedup_key, client_event_id)` of the rows written: a written row's
    `dedup_key` is unique and so is its client id, so the pair names one written row.
    Rows go in the order given (`_lock_order`). On PostgreSQL the rows travel as one
    array per column (`unnest`): one parameter per column instead of one per column and
    row, which psycopg would otherwise have to splice into a long statement.
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


def _insert_in_order(rows: list[dict], indexes: list[int], **values) -> list[tuple[int, bool]]:
    """Insert `rows[i]` for i in `indexes` (each with `values` set) in lock order; (i,
    written) pairs. `values` may map a column to a {i: value} dict."""
    order = sorted(indexes, key=lambda i: (_lock_order(rows[i]), i))
    sent = [
        {
            **rows[i],
            **{c: v.get(i) if isinstance(v, dict) else v for c, v in values.items()},
        }
        for i in order
    ]
    return list(zip(order, _claim(sent, _events_insert(sent)), strict=True))


def events_store(rows: list[dict], *, is_bot: bool) -> list[str]:
    """Store validated event rows of one actor and one address; the status of each, in
    order: "counted", "deduplicated", "capped", "duplicate_id" or "bot".

    One transaction. The database's unique keys decide, so concurrent writers can neither
    double count, count an address beyond its cap, nor lose an event. A deadlock (not
    expected: rows go in `_lock_order`) is retried whole.
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
    everyone = list(range(len(rows)))
    if is_bot:
        stored = _insert_in_order(
            rows, everyone, dedup_key=None, address_slot=None, counted=False, is_bot=True
        )
        for i, written in stored:
            statuses[i] = "bot" if written else "duplicate_id"
        return statuses

    # 1. Counted, under the window key (and the address's first slot): the first event
    # of each window wins.
    cap = address_cap()
    slots = {i: _slot_keys(rows[i], cap) for i in everyone if _capped(rows[i])}
    first = {i: keys[0] for i, keys in slots.items()}
    for i, written in _insert_in_order(
        rows, everyone, address_slot=first, counted=True, is_bot=False
    ):
        if written:
            statuses[i] = "counted"
    # 2. Not written: the client id is known (a retry: nothing more to store), the window
    # was taken (committed: ON CONFLICT waits for concurrent writers), or the address's
    # slot was: then the next free slot, until none is left.
    rest = [i for i in everyone if not statuses[i]]
    for _ in range(cap + 1):  # each round fills a slot or settles every row
        if not rest:
            break
        taken_ids, taken_windows, taken_slots = _taken(rows, rest, slots)
        pending: dict[int, str] = {}
        for i in rest:
            row = rows[i]
            if row["client_event_id"] in taken_ids:
                statuses[i] = "duplicate_id"
            elif i not in slots or row["dedup_key"] in taken_windows:
                statuses[i] = "deduplicated"
            else:
                free = [k for k in slots[i] if k not in taken_slots]
                if free:
                    pending[i] = free[0]
                    taken_slots.add(free[0])  # one row of the batch per slot
                else:
                    statuses[i] = "capped"
        for i, written in _insert_in_order(
            rows, list(pending), address_slot=pending, counted=True, is_bot=False
        ):
            if written:
                statuses[i] = "counted"
        rest = [i for i in pending if not statuses[i]]  # lost a race: look again
    for i in rest:  # only after cap + 1 lost races
        statuses[i] = "capped"
    # 3. Stored as seen but not counted.
    uncounted = [i for i in everyone if statuses[i] in {"deduplicated", "capped"}]
    for i, written in _insert_in_order(
        rows, uncounted, dedup_key=None, address_slot=None, counted=False, is_bot=False
    ):
        if not written:  # a concurrent retry with the same client id won
            statuses[i] = "duplicate_id"
    return statuses


def _taken(rows: list[dict], rest: list[int], slots: dict[int, list[str]]) -> tuple[set, set, set]:
    """Which client ids, windows and address slots of the rows `rest` are taken: one query
    (none when no row has a client id or a slot)."""
    ids = {rows[i]["client_event_id"] for i in rest if rows[i]["client_event_id"]}
    windows = {rows[i]["dedup_key"] for i in rest if i in slots}
    keys = {k for i in rest if i in slots for k in slots[i]}
    query = Q()
    if ids:
        query |= Q(client_event_id__in=ids)
    if windows:
        query |= Q(dedup_key__in=windows) | Q(address_slot__in=keys)
    if not query:
        return set(), set(), set()
    found = SkillEvent.objects.filter(query).values_list(
        "client_event_id", "dedup_key", "address_slot"
    )
    taken_ids, taken_windows, taken_slots = set(), set(), set()
    for client_id, window, slot in found:
        taken_ids.add(client_id)
        taken_windows.add(window)
        taken_slots.add(slot)
    return taken_ids & ids, taken_windows & windows, taken_slots & keys
