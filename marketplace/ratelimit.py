"""One small cache-based rate limiter for the whole site (reports, submissions, events).

A fixed window per key: the atomic `incr` (`add` for a window's first hit), no database write. With Redis
as the cache (CACHE_URL) the limits hold across every app server.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from django.core.cache import cache


def rate_limit_count(key: str, *, window_seconds: int) -> int:
    """Count one hit of `key` in the current window and return the window's hits so far.

    One cache round trip once the window's counter exists (`incr`); the first hit of a
    window creates it (`add`, which only one concurrent caller wins).
    """
    window = int(time.time() // window_seconds)
    cache_key = f"ratelimit:{key}:{window}"
    try:
        return cache.incr(cache_key)
    except ValueError:  # the window's first hit; `add` fails when a concurrent one won
        return 1 if cache.add(cache_key, 1, timeout=window_seconds * 2) else cache.incr(cache_key)


def rate_limit_hit(key: str, *, limit: int, window_seconds: int) -> bool:
    """Count one hit of `key` in the current window; True once it is over `limit`."""
    return rate_limit_count(key, window_seconds=window_seconds) > limit


# --- RateLimit headers (IETF draft-ietf-httpapi-ratelimit-headers) ----------------------


@dataclass(frozen=True)
class RateLimitState:
    """One throttle's state after counting a request: what the headers report."""

    policy: str  # the throttle's scope, e.g. "anon"
    limit: int  # requests per window
    window: int  # seconds
    remaining: int
    reset: int  # seconds until the window ends

    def policy_header(self) -> str:
        return f'"{self.policy}";q={self.limit};w={self.window}'

    def header(self) -> str:
        return f'"{self.policy}";r={self.remaining};t={self.reset}'


def rate_limit_state_record(request, state: RateLimitState) -> None:
    """Remember `state` on the Django request for RateLimitHeadersMiddleware; when several
    throttles count one request, the one with the fewest requests left is reported."""
    request = getattr(request, "_request", request)  # a DRF Request wraps the HttpRequest
    current = getattr(request, "ratelimit_state", None)
    if current is None or state.remaining < current.remaining:
        request.ratelimit_state = state


def rate_limit_state_for(*, policy: str, limit: int, window: int, hits: int) -> RateLimitState:
    reset = max(1, int(window - time.time() % window))
    return RateLimitState(
        policy=policy, limit=limit, window=window, remaining=max(0, limit - hits), reset=reset
    )


class RateLimitHeadersMiddleware:
    """Adds `RateLimit-Policy` and `RateLimit` to every answer a throttle counted."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        state = getattr(request, "ratelimit_state", None)
        if state is not None:
            response["RateLimit-Policy"] = state.policy_header()
            response["RateLimit"] = state.header()
        return response
