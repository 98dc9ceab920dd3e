"""The Redis cache backend (marketplace.redis_cache) against the machine's Redis server."""

from __future__ import annotations

import socket
import uuid

import pytest
from django.core.cache.backends.redis import RedisCache as DjangoRedisCache

from marketplace.redis_cache import RedisCache


def _redis_up() -> bool:
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
    except OSError:
        return False
    return True


pytestmark = pytest.mark.skipif(not _redis_up(), reason="needs Redis on 127.0.0.1:6379")


@pytest.fixture
def redis_cache():
    backend = RedisCache("redis://127.0.0.1:6379/15", {"KEY_PREFIX": f"t{uuid.uuid4().hex[:8]}"})
    yield backend
    backend.close()


def test_incr_counts_existing_keys_and_keeps_their_expiry(redis_cache):
    redis_cache.add("hits", 1, timeout=30)
    assert redis_cache.incr("hits") == 2
    assert redis_cache.incr("hits", 5) == 7
    assert redis_cache.get("hits") == 7
    ttl = redis_cache._cache.get_client().ttl(redis_cache.make_and_validate_key("hits"))
    assert 0 < ttl <= 30


def test_incr_of_a_missing_key_raises_and_creates_nothing(redis_cache):
    with pytest.raises(ValueError, match="not found"):
        redis_cache.incr("missing")
    assert redis_cache.get("missing") is None


def test_one_client_serves_every_call(redis_cache):
    client = redis_cache._cache.get_client()
    assert redis_cache._cache.get_client(write=True) is client


def test_values_are_compatible_with_djangos_backend(redis_cache):
    django_backend = DjangoRedisCache(
        "redis://127.0.0.1:6379/15", {"KEY_PREFIX": redis_cache.key_prefix}
    )
    redis_cache.set("shared", {"a": [1, 2]}, 30)
    redis_cache.set("n", 41, 30)
    assert django_backend.get("shared") == {"a": [1, 2]}
    assert django_backend.incr("n") == 42


def test_catalogue_cache_ignores_entries_of_an_older_version(redis_cache, monkeypatch):
    from skills import cache as catalogue

    monkeypatch.setattr(catalogue, "cache", redis_cache)
    version, value = catalogue.catalogue_cache_get("answer")
    assert value is None
    catalogue.catalogue_cache_set("answer", version, {"results": [1]}, 30)
    assert catalogue.catalogue_cache_get("answer") == (version, {"results": [1]})
    catalogue.catalogue_changed()
    assert catalogue.catalogue_cache_get("answer") == ((version[0] + 1, version[1]), None)


def test_skill_answers_outlive_changes_to_other_skills(redis_cache, monkeypatch):
    from skills import cache as catalogue

    monkeypatch.setattr(catalogue, "cache", redis_cache)
    for ident in ("acme/tools/pdf", "acme/tools/csv"):
        version, _ = catalogue.catalogue_cache_get(f"page:{ident}", skill=ident)
        catalogue.catalogue_cache_set(f"page:{ident}", version, ident, 30)
    listing_version, _ = catalogue.catalogue_cache_get("page:list")
    catalogue.catalogue_cache_set("page:list", listing_version, ["both"], 30)
    catalogue.catalogue_content_changed(skills=[("1234", "acme/tools/pdf")])
    assert catalogue.catalogue_cache_get("page:acme/tools/pdf", skill="acme/tools/pdf")[1] is None
    assert catalogue.catalogue_cache_get("page:acme/tools/csv", skill="acme/tools/csv")[1] == (
        "acme/tools/csv"
    )
    assert catalogue.catalogue_cache_get("page:list")[1] is None
    catalogue.catalogue_changed()  # what is listed changed: nothing survives
    assert catalogue.catalogue_cache_get("page:acme/tools/csv", skill="acme/tools/csv")[1] is None


def test_a_lost_skill_version_never_brings_back_an_old_entry(redis_cache, monkeypatch):
    from skills import cache as catalogue

    monkeypatch.setattr(catalogue, "cache", redis_cache)
    version, _ = catalogue.catalogue_cache_get("page:a", skill="a")
    catalogue.catalogue_cache_set("page:a", version, "old", 30)
    redis_cache.delete(catalogue.skill_scope("a"))  # evicted
    assert catalogue.catalogue_cache_get("page:a", skill="a")[1] is None
