"""A cache-based lock so a periodic task never runs twice at the same time."""
import functools

from django.core.cache import cache


def single_instance(key, timeout=60 * 60 * 4):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            if not cache.add(f"lock:{key}", "1", timeout):
                return "skipped: previous run still active"
            try:
                return func(*args, **kwargs)
            finally:
                cache.delete(f"lock:{key}")
        return wrapper
    return decorator
