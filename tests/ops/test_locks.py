"""Job locks: two concurrent holders, one runs and the other is refused."""

import threading
import time

import pytest
from django.core.cache import cache
from django.db import connections

from marketplace.locks import CACHE_PREFIX, LockHeld, advisory_key, job_lock


def race(name: str, **lock_kwargs) -> dict:
    """Two threads take the same lock; the first holds it while the second tries."""
    first_holds, second_done = threading.Event(), threading.Event()
    outcome: dict = {}

    def first():
        try:
            with job_lock(name, **lock_kwargs):
                outcome["first"] = "ran"
                first_holds.set()
                second_done.wait(timeout=10)
        except LockHeld:
            outcome["first"] = "refused"
            first_holds.set()
        finally:
            connections.close_all()

    def second():
        first_holds.wait(timeout=10)
        try:
            with job_lock(name, **lock_kwargs):
                outcome["second"] = "ran"
        except LockHeld as exc:
            outcome["second"] = "refused"
            outcome["backend"] = exc.backend
        finally:
            second_done.set()
            connections.close_all()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=20)
    return outcome


def test_cache_lock_lets_one_holder_run_and_refuses_the_other():
    outcome = race("sync", ttl=60, backend="cache")
    assert outcome == {"first": "ran", "second": "refused", "backend": "cache"}


def test_cache_lock_is_released_after_the_block():
    with job_lock("rankings", ttl=60, backend="cache"):
        pass
    with job_lock("rankings", ttl=60, backend="cache") as lock:
        assert lock.backend == "cache"
    assert cache.get(CACHE_PREFIX + "rankings") is None


def test_cache_lock_is_released_when_the_job_fails():
    with pytest.raises(RuntimeError), job_lock("scan", ttl=60, backend="cache"):
        raise RuntimeError("job failed")
    with job_lock("scan", ttl=60, backend="cache"):
        pass


def test_cache_lock_does_not_delete_a_lock_taken_over_after_expiry():
    with job_lock("prune", ttl=60, backend="cache"):
        # Our lock expired and another scheduler took it: its lock must survive our exit.
        cache.set(CACHE_PREFIX + "prune", "someone-else", 60)
    assert cache.get(CACHE_PREFIX + "prune") == "someone-else"


def test_different_jobs_do_not_block_each_other():
    with job_lock("sync", ttl=60, backend="cache"), job_lock("rankings", ttl=60, backend="cache"):
        pass


def test_lock_rejects_a_bad_ttl_or_backend():
    with pytest.raises(ValueError), job_lock("sync", ttl=0):
        pass
    with pytest.raises(ValueError), job_lock("sync", ttl=10, backend="flock"):
        pass


def test_advisory_key_is_a_stable_signed_64_bit_integer():
    assert advisory_key("job:sync") == advisory_key("job:sync")
    assert advisory_key("job:sync") != advisory_key("job:rankings")
    assert -(2**63) <= advisory_key("job:sync") < 2**63


@pytest.mark.django_db
def test_default_backend_follows_the_database(on_postgres):
    with job_lock("sync", ttl=60) as lock:
        assert lock.backend == ("advisory" if on_postgres else "cache")


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_advisory_lock_lets_one_holder_run_and_refuses_the_other():
    outcome = race("sync", ttl=60, backend="advisory")
    assert outcome == {"first": "ran", "second": "refused", "backend": "advisory"}


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_advisory_lock_is_released_after_the_block():
    with job_lock("rankings", ttl=60, backend="advisory"):
        pass
    assert race("rankings", ttl=60, backend="advisory")["first"] == "ran"
    with connections["default"].cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'")
        assert cursor.fetchone()[0] == 0


@pytest.mark.postgres
@pytest.mark.django_db
def test_advisory_lock_refuses_a_second_holder_on_the_same_connection():
    # PostgreSQL's advisory locks are re-entrant per session; ours are not.
    with (
        job_lock("sync", ttl=60, backend="advisory"),
        pytest.raises(LockHeld),
        job_lock("sync", ttl=60, backend="advisory"),
    ):
        pass
    with job_lock("sync", ttl=60, backend="advisory"):
        pass


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_advisory_lock_is_refused_to_another_session():
    """Another process (here: a raw second connection) holding the lock blocks us."""
    import psycopg

    sd = connections["default"].settings_dict
    with psycopg.connect(
        dbname=sd["NAME"], host=sd["HOST"], port=sd["PORT"], user=sd["USER"], autocommit=True
    ) as other:
        other.execute("SELECT pg_advisory_lock(%s)", [advisory_key("prune")])
        with pytest.raises(LockHeld), job_lock("prune", ttl=60, backend="advisory"):
            pass
        other.execute("SELECT pg_advisory_unlock(%s)", [advisory_key("prune")])
    with job_lock("prune", ttl=60, backend="advisory"):
        pass


@pytest.mark.django_db
def test_a_renewed_cache_lock_outlives_its_ttl_and_frees_when_released():
    import time

    with job_lock("renewed", ttl=1, backend="cache", renew=True):
        time.sleep(1.6)
        assert cache.get(CACHE_PREFIX + "renewed")  # renewed, not expired
        with pytest.raises(LockHeld), job_lock("renewed", ttl=1, backend="cache"):
            pass
    assert cache.get(CACHE_PREFIX + "renewed") is None


@pytest.mark.django_db
def test_an_unrenewed_cache_lock_expires_after_its_ttl():
    """A holder killed mid-way stops renewing: its lock frees itself after the ttl."""
    import time

    cache.add(CACHE_PREFIX + "dead-holder", "token-of-a-killed-worker", timeout=1)
    with pytest.raises(LockHeld), job_lock("dead-holder", ttl=1, backend="cache"):
        pass
    time.sleep(1.2)
    with job_lock("dead-holder", ttl=1, backend="cache") as lock:
        assert lock.backend == "cache"


def test_a_lease_is_held_by_its_token_across_holders_and_expires():
    from marketplace.locks import lease_holder, lease_kept, lease_release, lease_take

    assert lease_take("sync:1", token="run-a", ttl=60)
    assert lease_take("sync:1", token="run-a", ttl=60)  # another task of the same run
    assert not lease_take("sync:1", token="run-b", ttl=60)  # another run
    with pytest.raises(LockHeld), lease_kept("sync:1", token="run-b", ttl=60, release=True):
        pass
    with lease_kept("sync:1", token="run-a", ttl=60, release=False):
        assert lease_holder("sync:1") == "run-a"
    assert lease_holder("sync:1") == "run-a"  # left to the run's next task
    lease_release("sync:1", token="run-b")  # not its holder: nothing happens
    assert lease_holder("sync:1") == "run-a"
    lease_release("sync:1", token="run-a")
    assert lease_holder("sync:1") is None
    with lease_kept("sync:1", token="run-b", ttl=60, release=True):
        assert not lease_take("sync:1", token="run-a", ttl=60)
    assert lease_holder("sync:1") is None
    assert lease_take("sync:1", token="run-a", ttl=1)
    time.sleep(1.2)
    assert lease_take("sync:1", token="run-b", ttl=60)  # expired: free for another run
