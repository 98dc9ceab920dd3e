"""gunicorn.conf.py: the serving model and the workers' garbage-collector freeze."""

from __future__ import annotations

import gc
import runpy
from types import SimpleNamespace

import pytest

from tests.conftest import REPO_ROOT

CONF = str(REPO_ROOT / "gunicorn.conf.py")


def load(monkeypatch, **env: str) -> dict:
    for name in (
        "GUNICORN_WORKER_CLASS",
        "GUNICORN_THREADS",
        "GUNICORN_GC_FREEZE",
        "GUNICORN_GC_FREEZE_AFTER",
    ):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(CONF)


@pytest.fixture
def unfrozen():
    yield
    gc.unfreeze()


def test_gthread_workers_by_default_with_four_threads(monkeypatch):
    conf = load(monkeypatch)
    assert (conf["worker_class"], conf["threads"]) == ("gthread", 4)
    assert load(monkeypatch, GUNICORN_THREADS="2")["threads"] == 2


def test_sync_workers_get_one_thread_or_gunicorn_would_run_gthread(monkeypatch):
    conf = load(monkeypatch, GUNICORN_WORKER_CLASS="sync")
    assert (conf["worker_class"], conf["threads"]) == ("sync", 1)


def frozen(obj: object) -> bool:
    """A tracked object in the permanent generation (gc.freeze) is in no generation's list."""
    return gc.is_tracked(obj) and not any(o is obj for o in gc.get_objects())


def test_a_worker_freezes_its_objects_when_loaded_and_after_its_first_requests(
    monkeypatch, unfrozen
):
    conf = load(monkeypatch, GUNICORN_GC_FREEZE_AFTER="3")
    gc.unfreeze()
    loaded = [["app"]]  # an object the app holds once loaded
    worker = SimpleNamespace()
    conf["post_worker_init"](worker)
    assert frozen(loaded)
    cache = [["filled while serving"]]
    for _ in range(2):
        conf["post_request"](worker, None, {}, None)
    assert not frozen(cache)
    conf["post_request"](worker, None, {}, None)
    assert frozen(cache)
    later = [["after the freeze"]]
    conf["post_request"](worker, None, {}, None)
    assert not frozen(later)  # once only


def test_the_freeze_can_be_turned_off(monkeypatch, unfrozen):
    conf = load(monkeypatch, GUNICORN_GC_FREEZE="0", GUNICORN_GC_FREEZE_AFTER="1")
    gc.unfreeze()
    worker = SimpleNamespace()
    kept = [["app"]]
    conf["post_worker_init"](worker)
    conf["post_request"](worker, None, {}, None)
    assert gc.get_freeze_count() == 0
    assert not frozen(kept)
