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
import secrets
import uuid
from collections.abc import Iterable

from django.core.cache import cache

VERSION_KEY = "catalogue:version"
LISTINGS_KEY = "catalogue:listings"
SKILL_KEY = "catalogue:skill:{}"
# How long a skill scope's token made on a read lives: the key comes from a URL, so a
# client asking for made-up skills must not leave keys that never expire. When it lapses,
# the answers cached under it count as missing (a fresh token never equals an old one).
SKILL_TOKEN_SECONDS = 24 * 3600


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
