"""One small cache-based rate limiter for the whole site (reports, submissions, events).

A fixed window per key: `cache.add` then the atomic `incr`, no database write. With Redis
as the cache (CACHE_URL) the limits hold across every app server.
"""

from __future__ import annotations

import time

from django.core.cache import cache


def rate_limit_hit(key: str, *, limit: int, window_seconds: int) -> bool:
    """Count one hit of `key` in the current window; True once it is over `limit`."""
    window = int(time.time() // window_seconds)
    cache_key = f"ratelimit:{key}:{window}"
    cache.add(cache_key, 0, timeout=window_seconds * 2)
    try:
        hits = cache.incr(cache_key)
    except ValueError:  # expired between add and incr
        cache.set(cache_key, 1, timeout=window_seconds * 2)
        hits = 1
    return hits > limit
