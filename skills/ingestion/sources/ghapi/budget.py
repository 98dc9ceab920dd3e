"""The shared GitHub rate budget: every GitHub API call of every worker draws from it.

GitHub counts calls per token and per *resource*: ``core`` (5,000/hour with a token, 60
anonymous), ``search`` (30/minute, 10 anonymous) and ``code_search`` (10/minute). Each answer
says what is left (``x-ratelimit-remaining``), when the window resets (``x-ratelimit-reset``,
epoch seconds) and which resource it counted (``x-ratelimit-resource``); a secondary limit
answers 403/429 with ``retry-after``.

The budget is kept in Django's cache, which is Redis in production (``CACHE_URL``), so all
processes on all machines share it; in development and tests it is the local-memory cache.
Per token and resource it holds three keys:

- ``remaining``: an integer that every caller *decrements before* calling (atomic in Redis)
  and that every answer *sets* to GitHub's own figure; it expires at the reset;
- ``meta``: the limit and the reset time, for operators;
- ``pause``: an instant before which nobody calls (a secondary limit's ``retry-after``, or the
  reset after a 403 with nothing left).

A caller that finds no token with budget left either sleeps (when the next reset is within
its ``max_wait``) or raises :class:`GithubRateLimited` with ``retry_after``, the retryable
exception the Celery tasks back off on. A token whose state is unknown (first call, or the
window has reset) may call: its answer teaches the budget. Several tokens
(``GITHUB_TOKENS``) are used richest first. 304 answers to conditional requests do not count
against GitHub's limit; the figure in their headers is learnt like any other.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import math
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache as default_cache

from marketplace.retry import RetryLater

logger = logging.getLogger(__name__)

RESOURCES = ("core", "search", "code_search")
#: Calls never spent from a resource, so that people and other tools sharing the token keep
#: some (core), and a miscount between workers does not reach zero.
DEFAULT_RESERVE = {"core": 10, "search": 1, "code_search": 1}
#: GitHub's documented limits, shown until the first answer gives the real figure.
NOMINAL_LIMITS = {
    True: {"core": 5000, "search": 30, "code_search": 10},
    False: {"core": 60, "search": 10, "code_search": 10},
}
#: How long to hold off after a secondary limit that gave no retry-after (GitHub: "at least
#: one minute").
SECONDARY_PAUSE = 60
#: The first call of a window is made by one worker; the others wait this long at most.
PROBE_SECONDS = 10
PROBE_POLL = 0.2
_PREFIX = "ghbudget"


class GithubRateLimited(RetryLater):
    """No GitHub budget left (or GitHub answered with a rate limit): try again later."""

    def __init__(self, message: str, *, retry_after: float, resource: str = "core"):
        super().__init__(max(1.0, float(retry_after)), message)
        self.resource = resource


def token_id(token: str) -> str:
    """A short, stable name for a token that does not reveal it (``anonymous`` for none)."""
    if not token:
        return "anonymous"
    return hashlib.sha256(token.encode()).hexdigest()[:10]


def configured_tokens() -> list[str]:
    """``GITHUB_TOKENS`` (comma-separated), else ``GITHUB_TOKEN``, else anonymous."""
    tokens = [t for t in getattr(settings, "GITHUB_TOKENS", []) or [] if t]
    if not tokens and getattr(settings, "GITHUB_TOKEN", ""):
        tokens = [settings.GITHUB_TOKEN]
    return list(dict.fromkeys(tokens)) or [""]


def _header_int(headers: Mapping[str, str], name: str) -> int | None:
    value = headers.get(name)
    try:
        return int(float(value)) if value is not None else None
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class BudgetRow:
    """What operators see for one token and resource."""

    token: str  # token_id, never the token
    resource: str
    remaining: int | None  # None: not known yet (no answer since the last reset)
    limit: int | None
    reset_at: int | None  # epoch seconds
    paused_until: float | None

    @property
    def known(self) -> bool:
        return self.remaining is not None


class GithubBudget:
    def __init__(
        self,
        *,
        tokens: list[str] | None = None,
        cache=None,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
        max_wait: float | None = None,
        reserve: Mapping[str, int] | None = None,
    ):
        self.tokens = tokens if tokens is not None else configured_tokens()
        self.cache = cache if cache is not None else default_cache
        self.clock, self.sleep = clock, sleep
        self.max_wait = (
            float(getattr(settings, "GITHUB_BUDGET_MAX_WAIT", 0)) if max_wait is None else max_wait
        )
        self.reserve = {**DEFAULT_RESERVE, **(reserve or {})}
        self.calls = 0  # calls this object let through (for summaries)

    # -- keys ---------------------------------------------------------------------------

    @staticmethod
    def _key(token: str, resource: str, part: str) -> str:
        return f"{_PREFIX}:{token_id(token)}:{resource}:{part}"

    # -- drawing ------------------------------------------------------------------------

    def acquire(self, resource: str = "core") -> str:
        """The token to make one call with; its budget is decremented.

        Sleeps while the earliest reset is within ``max_wait`` seconds (or while another
        worker makes the first call of a window, at most :data:`PROBE_SECONDS`); otherwise
        raises :class:`GithubRateLimited`.
        """
        probing_since = None
        while True:
            token, wait_until, probing = self._try_acquire(resource)
            if token is not None:
                self.calls += 1
                return token
            now = self.clock()
            wait = max(0.0, wait_until - now)
            if probing:
                probing_since = probing_since if probing_since is not None else now
                if now - probing_since < PROBE_SECONDS:
                    self.sleep(PROBE_POLL)
                    continue
            if wait > self.max_wait:
                raise GithubRateLimited(
                    f"GitHub {resource} budget spent on every token; next reset in "
                    f"{math.ceil(wait)} s",
                    retry_after=wait,
                    resource=resource,
                )
            logger.info("github budget: waiting %.1f s for the %s reset", wait, resource)
            self.sleep(wait + 0.5)

    def _try_acquire(self, resource: str) -> tuple[str | None, float, bool]:
        """(token or None, when to try again, whether only a first call elsewhere blocks)."""
        now = self.clock()
        reserve = self.reserve.get(resource, 0)
        waits: list[float] = []
        probing = False
        candidates: list[tuple[float, int, str]] = []
        for order, token in enumerate(self.tokens):
            pause = self.cache.get(self._key(token, resource, "pause"))
            if pause and pause > now:
                waits.append(float(pause))
                continue
            remaining = self.cache.get(self._key(token, resource, "remaining"))
            meta = self.cache.get(self._key(token, resource, "meta")) or {}
            reset = meta.get("reset")
            if remaining is None or (reset and reset <= now):
                # Nothing known in this window: one worker makes the first call (its answer
                # teaches everyone), the others wait for it.
                if self.cache.add(self._key(token, resource, "probe"), 1, PROBE_SECONDS):
                    return token, now, False
                probing = True
                waits.append(now + PROBE_POLL)
            elif remaining - 1 >= reserve:
                candidates.append((-remaining, order, token))
            else:
                waits.append(float(reset or now + SECONDARY_PAUSE))
        for _, _, token in sorted(candidates):
            try:
                left = self.cache.decr(self._key(token, resource, "remaining"))
            except ValueError:  # expired a moment ago: the next round probes
                waits.append(now)
                continue
            if left >= reserve:
                return token, now, False
            meta = self.cache.get(self._key(token, resource, "meta")) or {}
            waits.append(float(meta.get("reset") or now + SECONDARY_PAUSE))
        wait_until = min(waits) if waits else now + SECONDARY_PAUSE
        return None, wait_until, probing and wait_until <= now + PROBE_POLL

    # -- learning -----------------------------------------------------------------------

    def learn(
        self,
        token: str,
        *,
        resource: str,
        status: int | None,
        headers: Mapping[str, str],
        rate_limited: bool = False,
    ) -> str:
        """Record what one answer said about the budget; returns the resource it counted.

        Within one window the stored figure only goes down (the answer may be older than
        calls other workers already counted); a new window (another reset time) replaces
        it. A 304 gives back the call drawn for it: GitHub does not count those.
        """
        now = self.clock()
        asked = resource
        resource = str(headers.get("x-ratelimit-resource") or resource)
        remaining = _header_int(headers, "x-ratelimit-remaining")
        reset = _header_int(headers, "x-ratelimit-reset")
        limit = _header_int(headers, "x-ratelimit-limit")
        key = self._key(token, resource, "remaining")
        replaced = False
        if remaining is not None:
            ttl = max(1, int((reset or now + 3600) - now) + 5)
            meta_key = self._key(token, resource, "meta")
            old_reset = (self.cache.get(meta_key) or {}).get("reset")
            current = self.cache.get(key)
            if current is None or old_reset != reset or remaining < current:
                self.cache.set(key, max(0, remaining), ttl)
                replaced = True
            self.cache.set(
                meta_key, {"limit": limit, "reset": reset, "updated": now}, max(ttl, 3600)
            )
        if status == 304 and not replaced:
            with contextlib.suppress(ValueError):
                self.cache.incr(key)
        self.cache.delete(self._key(token, asked, "probe"))
        if resource != asked:
            self.cache.delete(self._key(token, resource, "probe"))
        if rate_limited or status == 429:
            retry_after = _header_int(headers, "retry-after")
            if retry_after is not None:
                until = now + retry_after
            elif remaining == 0 and reset:
                until = float(reset)
            else:
                until = now + SECONDARY_PAUSE
            self.pause(token, resource=resource, until=until)
        return resource

    def pause(self, token: str, *, resource: str, until: float) -> None:
        ttl = max(1, math.ceil(until - self.clock()) + 1)
        self.cache.set(self._key(token, resource, "pause"), until, ttl)

    def paused_for(self, token: str, *, resource: str) -> float:
        """Seconds before this token may call this resource again (0 when it may)."""
        pause = self.cache.get(self._key(token, resource, "pause"))
        return max(0.0, float(pause) - self.clock()) if pause else 0.0

    # -- reading ------------------------------------------------------------------------

    def snapshot(self) -> list[BudgetRow]:
        """Every token and resource, as operators see it (no token is revealed)."""
        now = self.clock()
        rows = []
        for token in self.tokens:
            for resource in RESOURCES:
                meta = self.cache.get(self._key(token, resource, "meta")) or {}
                remaining = self.cache.get(self._key(token, resource, "remaining"))
                reset = meta.get("reset")
                if reset and reset <= now:
                    remaining, reset = None, None  # the window has reset: full again
                pause = self.cache.get(self._key(token, resource, "pause"))
                rows.append(
                    BudgetRow(
                        token=token_id(token),
                        resource=resource,
                        remaining=remaining,
                        limit=meta.get("limit") or NOMINAL_LIMITS[bool(token)][resource],
                        reset_at=reset,
                        paused_until=pause if pause and pause > now else None,
                    )
                )
        return rows
