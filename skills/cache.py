"""A version number for the whole public catalogue, kept in the cache.

Anything that changes what listings show (publishing, hiding, a new ranking) bumps it;
cached listings and aggregates put it in their keys, so they are never served stale past
a change, and their short TTL bounds anything a bump missed.
"""

from __future__ import annotations

from django.core.cache import cache

VERSION_KEY = "catalogue:version"


def catalogue_version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, 1, timeout=None)
        version = cache.get(VERSION_KEY) or 1
    return int(version)


def catalogue_changed() -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # not set yet (or evicted): any new value differs from the old keys'
        cache.set(VERSION_KEY, catalogue_version() + 1, timeout=None)


def catalogue_cache_get(key: str) -> tuple[int, object | None]:
    """(the catalogue version, the value cached under `key` for that version or None).

    One cache round trip for both: the value is stored with the version it was computed
    for (`catalogue_cache_set`), and an entry from an older version counts as missing.
    """
    found = cache.get_many([VERSION_KEY, key])
    version = found.get(VERSION_KEY)
    if version is None:
        return catalogue_version(), None
    entry = found.get(key)
    if isinstance(entry, tuple) and len(entry) == 2 and entry[0] == version:
        return int(version), entry[1]
    return int(version), None


def catalogue_cache_set(key: str, version: int, value, timeout: int) -> None:
    """Cache `value`, computed while the catalogue was at `version`, under `key`."""
    cache.set(key, (version, value), timeout)
