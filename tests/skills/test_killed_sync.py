"""A sync killed at any point leaves no orphan worker processes and no scratch clone behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pytest

from skills.ingestion.sources.base import WORKDIR_PREFIX, FetchContext, workdirs_orphaned_remove
from tests.conftest import REPO_ROOT


def _children(pid: int) -> set[int]:
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


SCRIPT = textwrap.dedent(
    """
    import os, sys, time
    import django
    os.environ["DJANGO_SETTINGS_MODULE"] = "marketplace.settings.test"
    django.setup()
    from django.conf import settings
    settings.SYNC_WORKERS = 2
    from skills.ingestion.sync import prepare

    def slow(*args):
        time.sleep(60)

    prepare.skill_prepare = slow
    jobs = [object()] * (prepare.SYNC_POOL_MIN_SKILLS + 4)
    print("started", flush=True)
    for _ in prepare.prepared_stream("/nonexistent", jobs, None):
        pass
    """
)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_pool_workers_exit_when_the_sync_is_killed():
    parent = subprocess.Popen(
        [sys.executable, "-c", SCRIPT],
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env={k: v for k, v in os.environ.items() if k != "DATABASE_URL"},
    )
    try:
        assert parent.stdout.readline().strip() == "started"
        deadline = time.monotonic() + 30
        workers: set[int] = set()
        while time.monotonic() < deadline and len(workers) < 2:
            workers = {p for p in _children(parent.pid) if _alive(p)}
            time.sleep(0.2)
        assert len(workers) >= 2, "the pool did not start"
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait(timeout=10)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(_alive(p) for p in workers):
            time.sleep(0.2)
        assert not any(_alive(p) for p in workers), "pool workers outlived the killed sync"
    finally:
        if parent.poll() is None:
            parent.kill()


def test_a_new_run_removes_the_clones_of_killed_runs(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    orphan = tmp_path / f"{WORKDIR_PREFIX}{dead.pid}-abc123"
    (orphan / "clone-x" / "repo").mkdir(parents=True)
    (orphan / "clone-x" / "repo" / "SKILL.md").write_text("x")
    live = tmp_path / f"{WORKDIR_PREFIX}{os.getpid()}-def456"
    live.mkdir()
    unrelated = tmp_path / f"{WORKDIR_PREFIX}notapid"
    unrelated.mkdir()
    with FetchContext() as ctx:
        work = ctx.workdir
        assert work.name.startswith(f"{WORKDIR_PREFIX}{os.getpid()}-")
        assert not orphan.exists()
        assert live.exists() and unrelated.exists()
    assert not work.exists()  # a run that ends cleans up after itself


def test_removal_reports_what_it_removed(tmp_path):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    orphan = tmp_path / f"{WORKDIR_PREFIX}{dead.pid}-zz"
    orphan.mkdir()
    assert workdirs_orphaned_remove(str(tmp_path)) == [orphan]
