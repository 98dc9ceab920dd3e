"""Versions of the public catalogue, kept in the cache: what cached pages and API answers
are checked against.

Two scopes. A cached **listing** (home, search, category, tag, repository and rankings
pages, API lists and searches) is valid while neither the catalogue's version nor the
listings' version moved. A cached **skill answer** (its page, its API detail) is valid
while neither the catalogue's version nor that skill's own version moved.

- `catalogue_changed()`: what a skill is listed under changed for everyone: a skill was
  published for the first time, hidden, unhidden, gone or back, new rankings, an admin
  edit. Every cached page and answer is stale.
- `catalogue_content_changed(skills=...)`: the content of skills that stay listed changed
  (a new version, stars, a scan's findings). Every listing is stale, and the pages and API
  details of those skills; other skills' pages stay cached, so a sync that changes a few
  skills does not empty the whole cache (issue #23: under a sync a minute, the share of
  skill pages served from the cache). Those other pages show the changed skills only as
  neighbour cards, which may lag by up to `PAGE_CACHE_SECONDS`.

Versions are opaque tokens; a scope whose token is missing (never bumped, or evicted) gets
a fresh one, never an old value, so an entry of an earlier token can never match again.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import secrets
import threading
import time
import uuid
from collections.abc import Callable, Iterable

from django.core.cache import cache
from django.db import connections

VERSION_KEY = "catalogue:version"
LISTINGS_KEY = "catalogue:listings"
SKILL_KEY = "catalogue:skill:{}"
# How long a skill scope's token made on a read lives: the key comes from a URL, so a
# client asking for made-up skills must not leave keys that never expire. When it lapses,
# the answers cached under it count as missing (a fresh token never equals an old one).
SKILL_TOKEN_SECONDS = 24 * 3600

logger = logging.getLogger(__name__)


def catalogue_version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, 1, timeout=None)
        version = cache.get(VERSION_KEY) or 1
    return int(version)


def _token() -> str:
    return secrets.token_hex(8)


def catalogue_changed() -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # not set yet (or evicted): any new value differs from the old keys'
        cache.set(VERSION_KEY, catalogue_version() + 1, timeout=None)


def skill_scope(ident) -> str:
    """The version key of one skill's answers; `ident` is its id or its slug (the API
    addresses a skill by either, so a change bumps both). An id in any spelling the API
    accepts (upper case, no hyphens, braces) names the same scope; the ident is hashed, so
    a slug of any length or character makes a key every cache backend takes."""
    text = str(ident)
    with contextlib.suppress(ValueError):
        text = str(uuid.UUID(text))
    return SKILL_KEY.format(hashlib.blake2b(text.encode(), digest_size=16).hexdigest())


def catalogue_content_changed(*, skills: Iterable[tuple[object, str]]) -> None:
    """Skills that stay listed changed: `skills` as (id, slug) pairs (see the module
    docstring). One cache round trip whatever their number."""
    tokens = {LISTINGS_KEY: _token()}
    for pk, slug in skills:
        tokens[skill_scope(pk)] = _token()
        tokens[skill_scope(slug)] = _token()
    cache.set_many(tokens, timeout=None)


def catalogue_cache_get(key: str, *, skill=None) -> tuple[tuple, object | None]:
    """(the version the entry under `key` must have, the value cached under `key` for it
    or None), in one cache round trip: the value is stored with the version it was
    computed for (`catalogue_cache_set`), and an entry of another version counts as
    missing. `skill`: the id or slug of the skill the answer is about (its own scope),
    else the entry is a listing."""
    scope = skill_scope(skill) if skill is not None else LISTINGS_KEY
    found = cache.get_many([VERSION_KEY, scope, key])
    if found.get(VERSION_KEY) is None:
        catalogue_version()
        found[VERSION_KEY] = cache.get(VERSION_KEY)
    if found.get(scope) is None:
        # A fresh token, never an earlier one; a skill's expires (SKILL_TOKEN_SECONDS).
        cache.add(scope, _token(), timeout=None if skill is None else SKILL_TOKEN_SECONDS)
        found[scope] = cache.get(scope)
        found.pop(key, None)  # stored under a token we cannot know any more
    version = (int(found[VERSION_KEY] or 0), found[scope])
    entry = found.get(key)
    if isinstance(entry, tuple) and len(entry) == 2 and entry[0] == version:
        return version, entry[1]
    return version, None


def catalogue_state(*, skill=None) -> tuple:
    """The version a cached listing (or, with `skill`, that skill's answer) must have now:
    it changes whenever such an entry becomes stale."""
    return catalogue_cache_get(_NO_ENTRY, skill=skill)[0]


_NO_ENTRY = "catalogue:state"  # a key nothing is stored under


def catalogue_cache_set(key: str, version: tuple, value, timeout: int) -> None:
    """Cache `value`, computed while the catalogue was at `version`, under `key`."""
    cache.set(key, (version, value), timeout)


# --- one computation of a slow value at a time (`cached_once`) ---------------------------

#: How long the computing worker holds its lock: longer than any computation takes (the
#: catalogue's totals took up to 3.5 s under load at 100,000 skills), short enough that a
#: worker killed while computing blocks no one for long (the value stays stale meanwhile).
COMPUTE_LOCK_SECONDS = 30
#: How long a caller finding no value at all waits for another's computation before it
#: computes the value itself.
COMPUTE_WAIT_SECONDS = 10.0
_POLL_SECONDS = 0.02


def cached_once(key: str, compute: Callable[[], object], ttl: int):
    """`compute()`, cached under `key` for `ttl` seconds, computed by one caller at a time.

    `cache.get_or_set` has no single flight: when the entry is missing or expires, every
    worker thread that asks computes it, all at once. For the catalogue's aggregates (each
    a scan of every published skill) on a cold cache under load, that was the category
    counts computed 8 times at once (up to 2.7 s each), the totals 7 times (up to 3.5 s),
    and no search page answered in the first 10 seconds (docs/BENCHMARKS.md, "Issue #23,
    seventh pass: search at scale"). Here:

    - the entry holds the value and the time it is fresh until; it is kept `ttl` seconds
      longer than that;
    - a stale entry is recomputed by the one caller that takes the lock (`cache.add`,
      atomic on every backend; COMPUTE_LOCK_SECONDS), in a thread of its own: every
      caller, that one included, is served the stale value meanwhile, so an expiry under
      load costs one computation and no answer waits for it (computed in the request, the
      totals and category counts made the taker's answer 1.4-1.8 s at load 10);
    - a missing entry (a cold or flushed cache) is computed by the lock's taker; the others
      wait for its value (polling the cache), up to COMPUTE_WAIT_SECONDS, and compute it
      themselves only when it does not come (the taker died, or the cache is down).

    A value may be None. An entry of another form (written by an earlier release) counts
    as missing."""
    entry = cache.get(key)
    now = time.time()
    if _is_entry(entry):
        fresh_until, value = entry
        if now < fresh_until:
            return value
        token = _lock(key)
        if token is not None:  # ours to recompute, off this request's path
            threading.Thread(
                target=_refresh, args=(key, compute, ttl, token), name="cached-once", daemon=True
            ).start()
        return value  # the stale value meanwhile, to every caller
    token = _lock(key)
    if token is not None:
        return _compute(key, compute, ttl, token)
    deadline = time.monotonic() + COMPUTE_WAIT_SECONDS
    while time.monotonic() < deadline:
        time.sleep(_POLL_SECONDS)
        found = cache.get_many([key, _lock_key(key)])
        entry = found.get(key)
        if _is_entry(entry):
            return entry[1]
        if found.get(_lock_key(key)) is None:  # its taker gave up without a value
            token = _lock(key)
            if token is not None:
                return _compute(key, compute, ttl, token)
    logger.warning("catalogue value not computed in time by another worker", extra={"key": key})
    return _compute(key, compute, ttl, None)


def _refresh(key: str, compute: Callable[[], object], ttl: int, token: str) -> None:
    """`_compute` in its own thread, which has its own database connections: closed after."""
    try:
        _compute(key, compute, ttl, token)
    except Exception:
        logger.exception("catalogue value not recomputed", extra={"key": key})
    finally:
        connections.close_all()


def _is_entry(entry) -> bool:
    return isinstance(entry, tuple) and len(entry) == 2 and isinstance(entry[0], float)


def _lock_key(key: str) -> str:
    return f"{key}:computing"


def _lock(key: str) -> str | None:
    """A token when this caller took `key`'s computation, else None."""
    token = secrets.token_hex(8)
    return token if cache.add(_lock_key(key), token, timeout=COMPUTE_LOCK_SECONDS) else None


def _compute(key: str, compute: Callable[[], object], ttl: int, token: str | None):
    started = time.monotonic()
    try:
        value = compute()
        cache.set(key, (time.time() + ttl, value), timeout=2 * ttl)
    finally:
        # Only our own lock: after COMPUTE_LOCK_SECONDS it may be another caller's.
        if token is not None and cache.get(_lock_key(key)) == token:
            cache.delete(_lock_key(key))
    logger.info(
        "catalogue value computed",
        extra={"key": key, "ms": round((time.monotonic() - started) * 1000, 1)},
    )
    return value
