"""Pins the Django behaviour that marketplace.compat relies on (no public API exists for it).

If one of these fails after a Django upgrade, adapt the matching function in
marketplace/compat.py; nothing else in the project touches these internals.
"""

from __future__ import annotations

import socket

import pytest
from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient as DjangoRedisCacheClient
from django.http import HttpResponse

from marketplace.compat import call_after_response, redis_cache_use_client, redis_pool_index


@pytest.mark.django_db  # close() sends request_finished, whose receivers use the database
def test_a_callback_runs_when_the_server_closes_the_response():
    calls = []
    response = HttpResponse(b"page")
    call_after_response(response, lambda: calls.append("sent"))
    assert calls == []
    response.close()
    assert calls == ["sent"]


@pytest.mark.django_db
def test_callbacks_run_after_django_closes_its_own_resources():
    order = []
    response = HttpResponse(b"page")
    response._resource_closers.append(lambda: order.append("django"))
    call_after_response(response, lambda: order.append("ours"))
    response.close()
    assert order == ["django", "ours"]


def test_writes_use_the_primary_pool_and_reads_one_of_the_servers():
    client = DjangoRedisCacheClient(["redis://127.0.0.1:1/0", "redis://127.0.0.1:2/0"])
    assert redis_pool_index(client, write=True) == 0
    assert {redis_pool_index(client, write=False) for _ in range(50)} <= {0, 1}
    single = DjangoRedisCacheClient(["redis://127.0.0.1:1/0"])
    assert redis_pool_index(single, write=False) == 0


def test_a_redis_cache_builds_its_client_from_the_class_it_is_given():
    class Client(DjangoRedisCacheClient):
        pass

    cache = DjangoRedisCache("redis://127.0.0.1:1/0", {})
    redis_cache_use_client(cache, Client)
    assert type(cache._cache) is Client  # no connection is made until a command is sent


def _redis_up() -> bool:
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
    except OSError:
        return False
    return True


@pytest.mark.skipif(not _redis_up(), reason="needs Redis on 127.0.0.1:6379")
def test_the_project_backend_uses_its_own_client():
    from marketplace.redis_cache import RedisCache, RedisCacheClient

    cache = RedisCache("redis://127.0.0.1:6379/15", {})
    assert type(cache._cache) is RedisCacheClient
    cache.close()
