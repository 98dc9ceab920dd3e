"""Locks for background jobs, so two schedulers never run the same job at once.

    from marketplace.locks import LockHeld, job_lock

    try:
        with job_lock("rankings", ttl=3600):
            call_command("compute_rankings")
    except LockHeld:
        ...  # another scheduler is running it; skip this round

On PostgreSQL the lock is a session-level advisory lock (`pg_try_advisory_lock`) on the
primary: it is held by the database connection, so it disappears with the process that
took it (a crashed scheduler never leaves a stale lock) and `ttl` is not needed.

Elsewhere (SQLite in development) the lock is a cache key written with `cache.add()`
(atomic on Redis and memcached) holding an owner token; it expires after `ttl` seconds,
so `ttl` must be longer than the job can take, unless `renew=True`: then a thread renews
the key every `ttl / 3` seconds while the block runs, and a holder killed mid-way (a worker
process lost) frees the lock within `ttl` seconds. Only the owner deletes it. With several
app servers or workers the cache must be shared (Redis via CACHE_URL), else each has its own.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from django.core.cache import caches
from django.db import DEFAULT_DB_ALIAS, connections

logger = logging.getLogger(__name__)

CACHE_PREFIX = "job-lock:"
BACKENDS = ("advisory", "cache")

# Advisory locks are re-entrant within one database session; this process-wide record
# makes a second holder in the same process (or thread) refused too, as with the cache.
_held_advisory: set[tuple[str, int]] = set()
_held_guard = threading.Lock()


class LockHeld(Exception):
    """Someone else holds the lock."""

    def __init__(self, name: str, backend: str):
        super().__init__(f"job lock {name!r} is held by another process ({backend} lock)")
        self.name = name
        self.backend = backend


@dataclass(frozen=True)
class Lock:
    name: str
    backend: str  # "advisory" | "cache"
    token: str = ""


def advisory_key(name: str) -> int:
    """A stable signed 64-bit key for `pg_try_advisory_lock`, derived from the job name."""
    digest = hashlib.sha256(f"marketplace.job_lock:{name}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


def default_backend(using: str = DEFAULT_DB_ALIAS) -> str:
    return "advisory" if connections[using].vendor == "postgresql" else "cache"


@contextmanager
def job_lock(
    name: str,
    *,
    ttl: int,
    backend: str | None = None,
    using: str = DEFAULT_DB_ALIAS,
    cache_alias: str = "default",
    renew: bool = False,
) -> Iterator[Lock]:
    """Hold the lock `name` for the duration of the block, or raise LockHeld at once.

    ``renew``: keep a cache lock alive while the block runs (see the module's docstring)."""
    backend = backend or default_backend(using)
    if backend not in BACKENDS:
        raise ValueError(f"backend must be one of {BACKENDS}, not {backend!r}")
    if ttl <= 0:
        raise ValueError("ttl must be a positive number of seconds")
    if backend == "advisory":
        with _advisory_lock(name, using=using) as lock:
            yield lock
    else:
        with _cache_lock(name, ttl=ttl, cache_alias=cache_alias, renew=renew) as lock:
            yield lock


@contextmanager
def _advisory_lock(name: str, *, using: str) -> Iterator[Lock]:
    connection = connections[using]
    key = advisory_key(name)
    held = (connection.settings_dict["NAME"], key)
    with _held_guard:
        if held in _held_advisory:
            raise LockHeld(name, "advisory")
        _held_advisory.add(held)
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_try_advisory_lock(%s)", [key])
            acquired = cursor.fetchone()[0]
        if not acquired:
            raise LockHeld(name, "advisory")
        logger.info("job lock acquired", extra={"lock": name, "backend": "advisory"})
        try:
            yield Lock(name=name, backend="advisory")
        finally:
            try:
                with connection.cursor() as cursor:
                    cursor.execute("SELECT pg_advisory_unlock(%s)", [key])
            except Exception as exc:  # the session is gone, and the lock with it
                logger.warning("job lock release failed", extra={"lock": name, "error": str(exc)})
    finally:
        with _held_guard:
            _held_advisory.discard(held)


@contextmanager
def _cache_lock(name: str, *, ttl: int, cache_alias: str, renew: bool = False) -> Iterator[Lock]:
    cache = caches[cache_alias]
    key = CACHE_PREFIX + name
    token = secrets.token_hex(16)
    if not cache.add(key, token, timeout=ttl):
        raise LockHeld(name, "cache")
    logger.info("job lock acquired", extra={"lock": name, "backend": "cache"})
    stop = threading.Event()
    renewer = None
    if renew:
        renewer = threading.Thread(
            target=_renew, args=(cache_alias, key, token, ttl, stop), daemon=True
        )
        renewer.start()
    try:
        yield Lock(name=name, backend="cache", token=token)
    finally:
        stop.set()
        if renewer is not None:
            renewer.join(timeout=5)
        # Delete only our own lock: after `ttl` it may have expired and been taken again.
        if cache.get(key) == token:
            cache.delete(key)


def _renew(cache_alias: str, key: str, token: str, ttl: int, stop: threading.Event) -> None:
    """Extend our cache lock every ttl/3 seconds until `stop` (only while it is still ours)."""
    cache = caches[cache_alias]
    try:
        while not stop.wait(max(0.5, ttl / 3)):
            try:
                if cache.get(key) != token:
                    logger.warning("job lock lost", extra={"lock": key})
                    return
                cache.touch(key, ttl)
            except Exception as exc:  # the cache is down: the lock may expire; keep trying
                logger.warning("job lock renewal failed", extra={"lock": key, "error": str(exc)})
    finally:
        close = getattr(cache, "close", None)
        if close is not None:
            close()


# -- leases: a lock held by a piece of work rather than by one process ---------------------
#
# A sync spread over several Celery tasks (skills.ingestion.sync.fanout) must hold its
# source's lock from the first task to the last, across processes and machines. A lease is
# a cache key (Redis in production, shared by every worker) holding the work's token: any
# task of that work takes it again (renewing it) with the same token; a task of other work
# is refused. It lives `ttl` seconds after the last renewal, so work whose every process
# died frees it within `ttl`.


def lease_take(name: str, *, token: str, ttl: int, cache_alias: str = "default") -> bool:
    """Hold the lease `name` for `token` for `ttl` seconds: taken when free, renewed when
    `token` holds it already. False when other work holds it."""
    cache = caches[cache_alias]
    key = CACHE_PREFIX + name
    if cache.add(key, token, timeout=ttl):
        return True
    if cache.get(key) == token:
        cache.touch(key, ttl)
        return True
    return False


def lease_holder(name: str, *, cache_alias: str = "default") -> str | None:
    """The token holding the lease `name`, None when it is free."""
    return caches[cache_alias].get(CACHE_PREFIX + name)


def lease_release(name: str, *, token: str, cache_alias: str = "default") -> None:
    """Free the lease when `token` holds it (after it expired it may be someone else's)."""
    cache = caches[cache_alias]
    key = CACHE_PREFIX + name
    if cache.get(key) == token:
        cache.delete(key)


@contextmanager
def lease_kept(
    name: str, *, token: str, ttl: int, release: bool, cache_alias: str = "default"
) -> Iterator[Lock]:
    """Take the lease `name` for `token` (LockHeld when other work holds it) and renew it
    every ttl/3 seconds while the block runs; at the end free it when `release`, else leave
    it to the work's next task (it expires `ttl` seconds later if none takes it)."""
    if not lease_take(name, token=token, ttl=ttl, cache_alias=cache_alias):
        raise LockHeld(name, "cache")
    stop = threading.Event()
    renewer = threading.Thread(
        target=_renew,
        args=(cache_alias, CACHE_PREFIX + name, token, ttl, stop),
        daemon=True,
    )
    renewer.start()
    try:
        yield Lock(name=name, backend="cache", token=token)
    finally:
        stop.set()
        renewer.join(timeout=5)
        if release:
            lease_release(name, token=token, cache_alias=cache_alias)
        else:
            lease_take(name, token=token, ttl=ttl, cache_alias=cache_alias)  # a full ttl left
