"""The few places where the project relies on Django behaviour that has no public API.

Each reliance is one small function here, and tests/marketplace/test_compat.py pins the
behaviour it depends on, so a Django upgrade that changes it fails a test instead of breaking
silently. Everything else in the project uses public APIs only.
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpResponseBase


def call_after_response(response: HttpResponseBase, callback: Callable[[], object]) -> None:
    """Run ``callback`` once the server has sent ``response`` (when it calls ``close()``).

    Django has no public per-response close hook: ``request_finished`` fires for every
    response without saying which. ``HttpResponseBase.close()`` calls the callables in
    ``_resource_closers`` (Django >= 3.2; that is how ``FileResponse`` closes its file).
    """
    response._resource_closers.append(callback)  # type: ignore[attr-defined]


def redis_pool_index(client: object, *, write: bool) -> int:
    """The connection pool Django's Redis cache client would use for this call.

    ``RedisCacheClient`` picks the primary (0) for writes and a random server for reads, but
    exposes the choice only as ``_get_connection_pool_index``; our client keeps one
    ``redis.Redis`` per pool instead of building one per call (marketplace.redis_cache).
    """
    return client._get_connection_pool_index(write)  # type: ignore[attr-defined]


def redis_cache_use_client(cache: object, client_class: type) -> None:
    """Make a Django ``RedisCache`` build its client from ``client_class``.

    Django's backend has no public setting for its client class; it builds ``_class`` lazily.
    """
    cache._class = client_class  # type: ignore[attr-defined]
