"""A real Celery worker (a subprocess, not eager mode) against the local Redis.

It checks what eager tests cannot: a sync queued through the staff API is performed by the
worker; a large sync is spread over parts (a chord on the Redis result backend), a worker
process killed in the middle of a part gives that part back to the queue (acks_late +
reject_on_worker_lost) and the retried part leaves the same rows as one clean run; two syncs
of one source queued together run one at a time, the lock covering every part and the
finishing step.

The worker must see this test's database: on PostgreSQL it connects to the test database;
on SQLite the in-memory test database is copied to a file (``VACUUM INTO``) that this
process then uses too. Skipped when Redis is unreachable (CI has one).
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
import uuid
from datetime import datetime
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest
from django.db import DEFAULT_DB_ALIAS, connection, connections

from marketplace.celery import app as celery_app
from skills.ingestion.sources.services import source_create
from skills.ingestion.sync import source_sync
from skills.models import RawSkill, Skill, SkillSource, SkillSourceLink, SkillVersion
from tests.conftest import REPO_ROOT
from tests.skills.fixtures.gitrepo import make_repo, skill_md

REDIS_URL = os.environ.get("CELERY_TEST_REDIS_URL", "redis://127.0.0.1:6379")
# Redis databases 10 (broker and results) and 9 (cache) unless set: not 15, which other
# tests clear (FLUSHDB) while this one runs beside them, and the queue and its
# unacknowledged tasks would go with it.
BROKER_DB = os.environ.get("CELERY_TEST_REDIS_BROKER_DB", "10")
CACHE_DB = os.environ.get("CELERY_TEST_REDIS_CACHE_DB", "9")
BIG = 120  # skills in the repository whose sync is killed half-way
CHUNK = 30  # skills per part (SYNC_CHUNK_SKILLS): BIG is 4 parts, the 40 of "mid" 2


def _redis_up() -> bool:
    parts = urlsplit(REDIS_URL)
    try:
        with socket.create_connection((parts.hostname or "127.0.0.1", parts.port or 6379), 1):
            return True
    except OSError:
        return False


# Skipped without Redis, except in CI (.ci/run starts one): there it must run.
pytestmark = [
    pytest.mark.skipif(
        not _redis_up() and not os.environ.get("CI"), reason=f"Redis unreachable at {REDIS_URL}"
    ),
    pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc"),
]


def _repo(root: Path, count: int, tag: str) -> Path:
    files = {}
    for i in range(count):
        name = f"{tag}-tool-{i:03d}"
        files[f"skills/{name}/SKILL.md"] = skill_md(
            name,
            description=f"Works with {tag} files, case {i}. Use it when asked about {tag}.",
            body=f"Step one for {name}.\n\n```sh\n{tag}-cli --case {i}\n```\n",
        )
        files[f"skills/{name}/scripts/run.py"] = f"print('case {i}')\n"
    return make_repo(root / tag, files)


@pytest.fixture
def worker_db(transactional_db, tmp_path):
    """This test's database, reachable by another process: its DATABASE_URL."""
    settings_dict = connection.settings_dict
    if connection.vendor == "postgresql":
        user = quote(settings_dict.get("USER") or "")
        password = quote(settings_dict.get("PASSWORD") or "")
        auth = f"{user}:{password}@" if password else (f"{user}@" if user else "")
        host = settings_dict.get("HOST") or "127.0.0.1"
        port = settings_dict.get("PORT") or 5432
        yield f"postgres://{auth}{host}:{port}/{settings_dict['NAME']}"
        return
    if connection.vendor != "sqlite":
        pytest.skip(f"no worker database for {connection.vendor}")
    path = tmp_path / "worker.sqlite3"
    with connection.cursor() as cursor:
        cursor.execute("VACUUM INTO %s", [str(path)])
    # The in-memory database lives as long as its connection: keep it, and give this
    # process a second connection, to the file, as "default" for the test.
    original = connections[DEFAULT_DB_ALIAS]
    on_file = original.__class__({**settings_dict, "NAME": str(path)}, DEFAULT_DB_ALIAS)
    connections[DEFAULT_DB_ALIAS] = on_file
    try:
        yield f"sqlite:///{path}"
    finally:
        on_file.close()
        connections[DEFAULT_DB_ALIAS] = original


@pytest.fixture
def broker(worker_db):
    """This process queues into Redis (not eager), on a queue of its own."""
    queue = f"test-{uuid.uuid4().hex[:12]}"
    saved = {
        k: celery_app.conf[k] for k in ("task_always_eager", "broker_url", "task_default_queue")
    }
    celery_app.conf.update(
        task_always_eager=False, broker_url=f"{REDIS_URL}/{BROKER_DB}", task_default_queue=queue
    )
    try:
        yield queue
    finally:
        celery_app.conf.update(saved)
        celery_app.pool.force_close_all()
        celery_app._pool = None


@pytest.fixture
def worker(broker, worker_db, tmp_path):
    log = tmp_path / "worker.log"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CELERY_", "DATABASE"))}
    env.update(
        DJANGO_SETTINGS_MODULE="marketplace.settings",
        ENV="dev",
        DATABASE_URL=worker_db,
        CELERY_BROKER_URL=f"{REDIS_URL}/{BROKER_DB}",
        CELERY_TASK_DEFAULT_QUEUE=broker,
        CACHE_URL=f"{REDIS_URL}/{CACHE_DB}",
        MEDIA_ROOT=str(tmp_path / "media"),
        # The default of a machine with cores: a worker's processes cannot start the sync's
        # pool (daemonic), so a sync of the big repository runs in process there.
        SYNC_WORKERS="2",
        SYNC_CHUNK_SKILLS=str(CHUNK),
        SYNC_RUN_DIR=str(tmp_path / "runs"),
        SYNC_LOCK_SECONDS="10",  # a killed holder's lock frees itself within 10 s
        SYNC_LOCK_WAIT_SECONDS="1",
        LOG_LEVEL="INFO",
    )
    with log.open("w") as out:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "marketplace",
                "worker",
                "--loglevel=INFO",
                "--concurrency=2",
                "--pool=prefork",
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
                "-Q",
                broker,
                "-n",
                f"{broker}@%h",
            ],
            cwd=REPO_ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        _wait(lambda: "ready." in log.read_text(), 45, "the worker did not start", log)
        yield log
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _wait(predicate, seconds: float, message: str, log: Path | None = None, step: float = 0.05):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(step)
    tail = log.read_text()[-3000:] if log is not None and log.exists() else ""
    raise AssertionError(f"{message} within {seconds} s\n{tail}")


def _state(source: SkillSource) -> dict:
    return {
        "skills": sorted(
            Skill.objects.filter(source_links__source=source).values_list(
                "slug", "latest_version__content_hash"
            )
        ),
        "versions": SkillVersion.objects.filter(skill__source_links__source=source).count(),
        "raw": sorted(RawSkill.objects.filter(source=source).values_list("path", "content_hash")),
        "links": SkillSourceLink.objects.filter(source=source).count(),
    }


_LINE = re.compile(r"^\[(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}): \w+/[^\]]+\] (.*)$")


def _lines(log: Path, needle: str) -> list[tuple[datetime, str]]:
    found = []
    for line in log.read_text().splitlines():
        match = _LINE.match(line)
        if match and needle in match.group(2):
            found.append((datetime.strptime(match.group(1), "%Y-%m-%d %H:%M:%S,%f"), match[2]))
    return found


def _running_part(log: Path, name: str) -> tuple[str, int] | None:
    """(task id, pid) of the part of `name`'s sync that started last and has not ended: the
    one with the most left to write, so it is still running when killed."""
    started, ended = {}, set()
    for _, text in _lines(log, f"of {name} "):
        match = re.search(
            r"sync part \d+ of \S+ (starts|ends) \(task ([0-9a-f-]+), pid (\d+)", text
        )
        if match and match.group(1) == "starts":
            started[match.group(2)] = int(match.group(3))
        elif match:
            ended.add(match.group(2))
    running = [(task, pid) for task, pid in started.items() if task not in ended]
    return running[-1] if running else None


def test_a_real_worker_syncs_retries_a_killed_sync_and_runs_one_sync_of_a_source_at_a_time(
    staff_client, worker, tmp_path
):
    log = worker
    from skills.tasks import sync_source

    # 1. A sync queued through the API is performed by the worker.
    small = source_create(url=str(_repo(tmp_path, 3, "small")), name="t/small")
    response = staff_client.post(
        f"/api/v1/admin/sources/{small.pk}/sync", {}, content_type="application/json"
    )
    assert response.status_code == 202, response.content
    task_id = response.json()["task_id"]
    _wait(lambda: SkillSource.objects.get(pk=small.pk).sync_state == "done", 30, "no sync", log)
    small.refresh_from_db()
    assert small.sync_task_id == task_id and small.last_stats["new"] == 3
    assert RawSkill.objects.filter(source=small).count() == 3

    # 2. A large sync is spread over 4 parts; the worker process of one part is killed in
    #    the middle of it; the part goes back to the queue, runs again and the sync leaves the
    #    rows of one clean run, its counts too.
    big = source_create(url=str(_repo(tmp_path, BIG, "big")), name="t/big")
    big_task = sync_source.apply_async(args=[str(big.pk)]).id
    _wait(
        lambda: RawSkill.objects.filter(source=big).count() >= 5 and _running_part(log, "t/big"),
        60,
        "the big sync's parts did not start writing",
        log,
        step=0.02,
    )
    assert _lines(log, f"sync of t/big spread over 4 tasks (task {big_task}")
    running = _running_part(log, "t/big")
    assert running is not None
    part_task, pid = running
    os.kill(pid, signal.SIGKILL)
    written_when_killed = RawSkill.objects.filter(source=big).count()
    assert written_when_killed < BIG, "the sync ended before it could be killed"
    _wait(
        lambda: (
            SkillSource.objects.get(pk=big.pk).sync_state == "done"
            and RawSkill.objects.filter(source=big).count() == BIG
        ),
        90,
        "the killed part was not retried to the end",
        log,
    )
    assert len(_lines(log, f"(task {part_task}, pid ")) >= 2  # the killed part ran again
    assert "WorkerLostError" in log.read_text()  # the worker saw its process die
    big.refresh_from_db()
    assert (big.last_stats["new"], big.last_stats["complete"]) == (BIG, True)
    assert "spread over 4 tasks" in big.last_sync_log
    after_retry = _state(big)
    assert len(after_retry["skills"]) == BIG and after_retry["versions"] == BIG
    assert after_retry["links"] == BIG and len(after_retry["raw"]) == BIG
    clean = source_sync(source=SkillSource.objects.get(pk=big.pk), full=True)
    assert (clean.found, clean.new, clean.changed, clean.unchanged) == (BIG, 0, 0, BIG)
    assert _state(big) == after_retry
    assert not list((tmp_path / "runs").glob("run-*"))  # the clone kept for the parts is gone

    # 3. Two syncs of one source queued together run one at a time, each spread over two
    #    parts: the second waits until the first's finishing step is done.
    mid = source_create(url=str(_repo(tmp_path, 40, "mid")), name="t/mid")
    first = sync_source.apply_async(args=[str(mid.pk)]).id
    second = sync_source.apply_async(args=[str(mid.pk)]).id
    _wait(lambda: len(_lines(log, "sync of t/mid ends")) == 2, 45, "two syncs did not end", log)
    spans = []
    for stamp, text in _lines(log, "sync of t/mid ends"):
        seconds = float(re.search(r" in ([\d.]+) s", text).group(1))
        spans.append((stamp.timestamp() - seconds, stamp.timestamp()))
    spans.sort()
    # The spans come from log lines: a sync's start is stamped before it tries the lock and its
    # end just after the lock is freed (an unspread sync) or just before (the finishing step),
    # so a busy machine can put a few tens of milliseconds between them; the "waits" line
    # below is what shows the second sync was held back.
    assert spans[0][1] <= spans[1][0] + 0.1, f"the two syncs overlapped: {spans}"
    assert _lines(log, "sync of t/mid waits"), "the second sync never had to wait"
    assert {first, second} == {
        re.search(r"task ([0-9a-f-]+)", text).group(1)
        for _, text in _lines(log, "sync of t/mid ends")
    }
    assert RawSkill.objects.filter(source=mid).count() == 40
