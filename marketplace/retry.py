"""Retrying background work: "try again later" as an exception, and the backoff.

Code that talks to the network raises :class:`RetryLater` when the other side says "not
now" (a rate limit with ``Retry-After`` or ``x-ratelimit-reset``, a busy service):

    raise RetryLater(retry_after=42.0, message="GitHub search rate limit")

The Celery tasks (:mod:`marketplace.tasks` and the apps' ``tasks`` modules) retry it after
``retry_after`` seconds; other transient failures (:func:`is_transient`: an httpx transport
error, git failing to reach its remote) are retried with exponential backoff
(:func:`backoff_seconds`). This module has no Django and no Celery in it, so any layer may
import it.
"""

from __future__ import annotations

import random
import re

# git's own words when the remote could not be reached (not "repository not found").
_GIT_NETWORK = re.compile(
    r"could not resolve host|connection (?:refused|reset|timed out)|failed to connect|"
    r"operation timed out|network is unreachable|early eof|the remote end hung up|"
    r"rpc failed|gnutls_handshake|ssl_connect|tls connection|"
    r"returned error: (?:429|5\d\d)|took longer than",
    re.IGNORECASE,
)


class RetryLater(Exception):
    """Refused for now: try again after ``retry_after`` seconds (a rate limit, a busy server)."""

    def __init__(self, retry_after: float, message: str = ""):
        self.retry_after = max(0.0, float(retry_after))
        super().__init__(message or f"retry after {self.retry_after:.0f} s")


def is_transient(exc: BaseException) -> bool:
    """True when the failure is worth retrying: a RetryLater, a network error talking
    HTTP (httpx's TransportError: connect, read, timeouts) or git failing to reach its
    remote. A 404, a parse error or a bug is not transient."""
    if isinstance(exc, RetryLater):
        return True
    try:
        import httpx
    except ImportError:  # pragma: no cover - httpx is a runtime dependency
        httpx = None  # type: ignore[assignment]
    if httpx is not None and isinstance(exc, httpx.TransportError):
        return True
    if isinstance(exc, ConnectionError | TimeoutError):
        return True
    return is_transient_message(str(exc))


def is_transient_message(message: str) -> bool:
    """The same judgement from an error as recorded in text (``git failed (128): ...``)."""
    return bool(message) and bool(_GIT_NETWORK.search(message))


def retry_after_of(exc: BaseException) -> float | None:
    """The ``retry_after`` seconds the exception asks for, when it asks (any exception
    with a numeric ``retry_after`` attribute counts, not only RetryLater)."""
    value = getattr(exc, "retry_after", None)
    if isinstance(value, int | float) and not isinstance(value, bool) and value >= 0:
        return float(value)
    return None


def backoff_seconds(
    attempt: int,
    *,
    retry_after: float | None = None,
    base: float = 30.0,
    cap: float = 3600.0,
    jitter: float = 0.25,
) -> float:
    """Seconds to wait before retry number ``attempt`` (0 for the first retry).

    ``retry_after`` (what the server asked for) wins when given, never shortened, only
    capped at ``cap``; otherwise ``base * 2**attempt`` capped at ``cap``, plus up to
    ``jitter`` of itself at random so many workers do not retry in step.
    """
    if retry_after is not None:
        return min(cap, max(0.0, retry_after))
    delay = min(cap, base * (2 ** max(0, attempt)))
    return min(cap, delay * (1 + random.uniform(0, jitter)))
