"""`skills.cache.cached_once`: a slow value computed by one caller at a time (issue #23: the
catalogue aggregates' stampede on a cold cache)."""

from __future__ import annotations

import threading
import time

from django.core.cache import cache

from skills import cache as catalogue_cache
from skills.cache import cached_once


class Counted:
    """A slow computation that counts its runs."""

    def __init__(self, value, seconds: float = 0.3, fail: bool = False):
        self.value, self.seconds, self.fail = value, seconds, fail
        self.runs = 0
        self._lock = threading.Lock()

    def __call__(self):
        with self._lock:
            self.runs += 1
        time.sleep(self.seconds)
        if self.fail:
            raise RuntimeError("the computation failed")
        return self.value


def in_threads(n: int, call) -> list:
    """`call()` in `n` threads started together; their results (or exceptions)."""
    results: list = [None] * n
    start = threading.Barrier(n)

    def run(i):
        start.wait()
        try:
            results[i] = call()
        except Exception as exc:
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return results


def test_concurrent_callers_on_a_cold_cache_compute_once_and_all_get_the_value():
    compute = Counted({"skills": 7})
    results = in_threads(8, lambda: cached_once("agg:totals", compute, 300))
    assert compute.runs == 1
    assert results == [{"skills": 7}] * 8
    assert cached_once("agg:totals", compute, 300) == {"skills": 7}
    assert compute.runs == 1  # cached


def test_a_stale_value_is_recomputed_once_in_the_background_and_no_caller_waits():
    cached_once("agg:n", lambda: 1, 300)
    key_entry = cache.get("agg:n")
    cache.set("agg:n", (time.time() - 1, key_entry[1]), 600)  # past its freshness
    compute = Counted(2, seconds=0.5)
    timings: list[float] = []

    def call():
        started = time.monotonic()
        value = cached_once("agg:n", compute, 300)
        timings.append(time.monotonic() - started)
        return value

    results = in_threads(8, call)
    assert results == [1] * 8  # the stale value, to every caller
    assert max(timings) < 0.4  # none waited for the computation
    deadline = time.monotonic() + 5
    while cached_once("agg:n", compute, 300) != 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert cached_once("agg:n", compute, 300) == 2
    assert compute.runs == 1
    assert cache.get("agg:n:computing") is None


def test_a_failed_recomputation_keeps_the_stale_value_and_frees_the_lock():
    cache.set("agg:s", (time.time() - 1, "stale"), 600)
    failing = Counted("never", seconds=0, fail=True)
    assert cached_once("agg:s", failing, 300) == "stale"
    deadline = time.monotonic() + 5
    while cache.get("agg:s:computing") is not None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert failing.runs == 1
    assert cache.get("agg:s:computing") is None
    assert cached_once("agg:s", Counted("new", seconds=0), 300) == "stale"  # retried...
    deadline = time.monotonic() + 5
    while cached_once("agg:s", failing, 300) != "new" and time.monotonic() < deadline:
        time.sleep(0.02)
    assert cached_once("agg:s", failing, 300) == "new"  # ...and stored


def test_a_value_of_none_is_cached_too():
    compute = Counted(None, seconds=0)
    assert cached_once("agg:none", compute, 300) is None
    assert cached_once("agg:none", compute, 300) is None
    assert compute.runs == 1


def test_a_failed_computation_frees_the_lock_and_a_waiting_caller_computes_it():
    failing = Counted(1, seconds=0.3, fail=True)
    working = Counted(5, seconds=0)
    raised: list = []

    def first_caller():
        try:
            cached_once("agg:f", failing, 300)
        except RuntimeError as exc:
            raised.append(exc)

    first = threading.Thread(target=first_caller)
    first.start()
    time.sleep(0.1)  # the first holds the lock now
    assert cached_once("agg:f", working, 300) == 5  # waited, then computed it itself
    first.join()
    assert failing.runs == 1 and working.runs == 1
    assert len(raised) == 1  # the failure reached its own caller
    assert cache.get("agg:f:computing") is None


def test_a_waiting_caller_computes_the_value_itself_when_it_does_not_come(monkeypatch):
    monkeypatch.setattr(catalogue_cache, "COMPUTE_WAIT_SECONDS", 0.2)
    cache.add("agg:w:computing", "a worker that died", 30)
    compute = Counted(3, seconds=0)
    assert cached_once("agg:w", compute, 300) == 3
    assert compute.runs == 1


def test_an_entry_written_by_an_earlier_release_counts_as_missing():
    cache.set("agg:old", {"skills": 1}, 300)  # cache.get_or_set's plain value
    assert cached_once("agg:old", lambda: {"skills": 2}, 300) == {"skills": 2}


def test_the_catalogue_aggregates_are_computed_once_by_concurrent_callers(settings):
    from skills.selectors import _catalogue_cached

    settings.CATALOGUE_CACHE_SECONDS = 300
    compute = Counted([("documents", 3)])
    results = in_threads(6, lambda: _catalogue_cached("categories", compute))
    assert results == [[("documents", 3)]] * 6
    assert compute.runs == 1
    settings.CATALOGUE_CACHE_SECONDS = 0  # off: computed on every call
    assert _catalogue_cached("categories", compute) == [("documents", 3)]
    assert compute.runs == 2
