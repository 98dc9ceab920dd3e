"""One small cache-based rate limiter for the whole site (reports, submissions, events).

A fixed window per key: the atomic `incr` (`add` for a window's first hit), no database write. With Redis
as the cache (CACHE_URL) the limits hold across every app server.
"""

from __future__ import annotations

import time

from django.core.cache import cache


def rate_limit_hit(key: str, *, limit: int, window_seconds: int) -> bool:
    """Count one hit of `key` in the current window; True once it is over `limit`.

    One cache round trip once the window's counter exists (`incr`); the first hit of a
    window creates it (`add`, which only one concurrent caller wins).
    """
    window = int(time.time() // window_seconds)
    cache_key = f"ratelimit:{key}:{window}"
    try:
        hits = cache.incr(cache_key)
    except ValueError:  # the window's first hit; `add` fails when a concurrent one won
        hits = 1 if cache.add(cache_key, 1, timeout=window_seconds * 2) else cache.incr(cache_key)
    return hits > limit
