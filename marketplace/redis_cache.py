"""Django's Redis cache backend with two round trips less per request.

Django's client builds a new `redis.Redis` object on every call (a few hundred
microseconds each) and answers `incr` with two commands (EXISTS, then INCRBY). This one
keeps one client per connection pool (redis-py clients are thread-safe) and increments
existing keys in one server-side script, so rate limiting costs one round trip.
Selected automatically in settings when CACHE_URL is a redis:// URL.
"""

from __future__ import annotations

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient as DjangoRedisCacheClient

from marketplace.compat import redis_cache_use_client, redis_pool_index

# INCRBY only an existing key: a missing (expired) key must stay missing, not come back
# without its expiry.
_INCR_EXISTING = """
if redis.call('EXISTS', KEYS[1]) == 1 then
    return redis.call('INCRBY', KEYS[1], ARGV[1])
end
return nil
"""


class RedisCacheClient(DjangoRedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients: dict[int, object] = {}
        self._incr_scripts: dict[int, object] = {}

    def get_client(self, key=None, *, write=False):
        index = redis_pool_index(self, write=write)
        client = self._clients.get(index)
        if client is None:
            client = self._clients[index] = super().get_client(key, write=write)
        return client

    def incr(self, key, delta):
        index = redis_pool_index(self, write=True)
        script = self._incr_scripts.get(index)
        if script is None:
            script = self._incr_scripts[index] = self.get_client(key, write=True).register_script(
                _INCR_EXISTING
            )
        value = script(keys=[key], args=[delta])
        if value is None:
            raise ValueError(f"Key '{key}' not found.")
        return value


class RedisCache(DjangoRedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        redis_cache_use_client(self, RedisCacheClient)
