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
