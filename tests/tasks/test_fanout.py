"""A large source's sync spread over several tasks (skills.ingestion.sync.fanout), run here
in process: the chord of parts and the finishing step run eagerly, one after the other.
The real worker (tests/tasks/test_worker.py) runs the same on Redis, with a part killed."""

from __future__ import annotations

import os

import pytest
from celery.exceptions import Retry
from django.db import transaction

from marketplace.locks import lease_holder, lease_take
from skills import tasks as skill_tasks
from skills.ingestion.discovery import discover_skills
from skills.ingestion.sources.services import source_create
from skills.ingestion.sync import source_sync
from skills.ingestion.sync.fanout import chunks_plan
from skills.ingestion.sync.request import sync_lock_name
from skills.models import RawSkill, Skill, SkillSource, SkillSourceLink
from tests.skills.fixtures.gitrepo import commit_all, make_repo, skill_md
from tests.skills.test_sync import _state

pytestmark = pytest.mark.django_db

CHUNK = 3


def _files() -> dict[str, str]:
    files = {}
    for i in range(9):
        name = f"tool-{i}"
        files[f"skills/{name}/SKILL.md"] = skill_md(name, body=f"Step {i}.")
        files[f"skills/{name}/scripts/run.py"] = f"print({i})\n"
    # the same content twice (a mirror), the same name in two folders (one slug each)
    files["vendor/tool-1/SKILL.md"] = files["skills/tool-1/SKILL.md"]
    files["vendor/tool-1/scripts/run.py"] = files["skills/tool-1/scripts/run.py"]
    files["extra/tool-2/SKILL.md"] = skill_md("tool-2", body="Another tool with the same name.")
    files["broken/SKILL.md"] = "no frontmatter here\n"  # a refusal
    files["skills/solo/SKILL.md"] = skill_md("solo", body="Only a SKILL.md.")
    return files


@pytest.fixture(autouse=True)
def run_dir(tmp_path, settings):
    settings.SYNC_RUN_DIR = str(tmp_path / "runs")


@pytest.fixture
def repo(tmp_path):
    root = make_repo(tmp_path / "acme-skills", _files())
    link = root / ".gemini" / "skills" / "solo"
    link.mkdir(parents=True)
    os.symlink("../../../skills/solo/SKILL.md", link / "SKILL.md")
    commit_all(root, "a symlinked copy")
    return root


@pytest.fixture
def spread(monkeypatch):
    """As on a worker with a result backend: syncs of more than CHUNK skills are spread."""
    monkeypatch.setattr(skill_tasks, "_chunk_skills", lambda task: CHUNK)
    parts = []
    real = skill_tasks.sync_source_chunk.run

    def counting(*args, **kwargs):
        parts.append(kwargs["paths"])
        return real(*args, **kwargs)

    monkeypatch.setattr(skill_tasks.sync_source_chunk, "run", counting)
    return parts


def test_chunks_plan_keeps_mirrors_and_namesakes_in_one_part_in_order(repo):
    found = discover_skills(repo, repo_name="acme-skills").skills
    chunks = chunks_plan(found, CHUNK)
    assert sorted(p for c in chunks for p in c) == sorted(ds.path for ds in found)
    where = {p: i for i, c in enumerate(chunks) for p in c}
    assert where["skills/tool-1"] == where["vendor/tool-1"]  # same content
    assert where["skills/tool-2"] == where["extra/tool-2"]  # same name
    order = [ds.path for ds in found]
    for chunk in chunks:
        assert chunk == sorted(chunk, key=order.index)
    assert max(len(c) for c in chunks) <= CHUNK + 1


def test_a_spread_sync_leaves_the_rows_of_a_sync_in_one_process(repo, spread):
    with transaction.atomic():  # one process, then rolled back
        source = source_create(url=str(repo), name="acme/skills")
        one = source_sync(source=source)
        in_one_process = _state()
        transaction.set_rollback(True)
    source = source_create(url=str(repo), name="acme/skills")
    out = skill_tasks.sync_source.apply(args=[str(source.pk)]).get()
    assert out["parts"] == len(spread) >= 3
    assert _state() == in_one_process
    source.refresh_from_db()
    stats = source.last_stats
    assert (stats["found"], stats["new"], stats["unchanged"], stats["complete"]) == (
        one.found,
        one.new,
        0,
        True,
    )
    assert stats["refused"] == one.refused and source.sync_state == "done"
    assert "spread over" in source.last_sync_log and f"found {one.found}:" in source.last_sync_log
    # the symlinked folder is a mirror of the real one, never its canonical path
    link = SkillSourceLink.objects.get(path=".gemini/skills/solo")
    assert not link.is_canonical and link.skill.path == "skills/solo"
    assert lease_holder(sync_lock_name(source.pk)) is None  # the lock is free again
    again = source_sync(source=source, full=True)
    assert (again.new, again.changed, again.unchanged) == (0, 0, again.found)


def test_a_part_run_twice_writes_once_and_counts_the_first_runs_writes(repo, spread, tmp_path):
    source = source_create(url=str(repo), name="acme/skills")
    result = source_sync(source=source, chunk_skills=CHUNK)
    job = result.handoff
    assert job is not None and os.path.isdir(job["root"])
    assert not RawSkill.objects.filter(source=source).exists()  # nothing written yet
    lease_take(sync_lock_name(source.pk), token="run-1", ttl=60)
    kwargs = {"source_id": str(source.pk), "run": "run-1", "job": job, "part": 0}
    first = skill_tasks.sync_source_chunk.apply(kwargs={**kwargs, "paths": job["chunks"][0]})
    rows = _state()
    second = skill_tasks.sync_source_chunk.apply(kwargs={**kwargs, "paths": job["chunks"][0]})
    assert _state() == rows
    listable = [p for p in job["chunks"][0] if p != "broken"]
    assert first.get() == second.get() and first.get()["new"] == len(listable) > 0


def test_a_part_of_an_overtaken_run_is_skipped_and_its_finish_marks_nothing_gone(repo, spread):
    source = source_create(url=str(repo), name="acme/skills")
    job = source_sync(source=source, chunk_skills=CHUNK).handoff
    lease_take(sync_lock_name(source.pk), token="another-run", ttl=60)
    out = skill_tasks.sync_source_chunk.apply(
        kwargs={
            "source_id": str(source.pk),
            "run": "run-1",
            "job": job,
            "part": 0,
            "paths": job["chunks"][0],
        }
    ).get()
    assert out == {"skipped": "another sync holds the source"}
    assert not RawSkill.objects.filter(source=source).exists()
    finish = skill_tasks.sync_source_finish.apply(
        args=[[out]],
        kwargs={
            "source_id": str(source.pk),
            "run": "run-1",
            "job": job,
            "partial": {"found": 14},
            "log": "",
        },
    ).get()
    assert finish["skipped"] == "another sync holds the source"
    source.refresh_from_db()
    assert source.last_synced_at is None


def test_gone_skills_are_marked_by_the_finishing_step(repo, spread, settings):
    settings.SYNC_GONE_AFTER = 1
    source = source_create(url=str(repo), name="acme/skills")
    skill_tasks.sync_source.apply(args=[str(source.pk)]).get()
    (repo / "skills" / "tool-8" / "SKILL.md").unlink()
    (repo / "skills" / "tool-8" / "scripts" / "run.py").unlink()
    for i in range(4):  # enough changes to spread the second sync too
        (repo / "skills" / f"tool-{i}" / "scripts" / "run.py").write_text(f"print({i} * 2)\n")
    commit_all(repo)
    out = skill_tasks.sync_source.apply(args=[str(source.pk)]).get()
    assert out["parts"] >= 1
    source.refresh_from_db()
    assert source.last_stats["gone"] == 1 and source.last_stats["changed"] >= 4
    assert Skill.objects.get(path="skills/tool-8").gone_at is not None


def test_a_part_that_fails_for_good_is_recorded_on_the_source_and_frees_the_lock(repo):
    source = source_create(url=str(repo), name="acme/skills")
    job = source_sync(source=source, chunk_skills=CHUNK).handoff
    lease_take(sync_lock_name(source.pk), token="run-1", ttl=60)
    out = skill_tasks.sync_source_failed.apply(
        args=[None, ValueError("disk full"), None],
        kwargs={"source_id": str(source.pk), "run": "run-1", "job": job, "log": "started"},
    ).get()
    assert out["error"] == "ValueError: disk full"
    source.refresh_from_db()
    assert source.sync_state == "failed" and source.error_count == 1
    assert "disk full" in source.last_error and "failed: ValueError" in source.last_sync_log
    assert lease_holder(sync_lock_name(source.pk)) is None
    assert not os.path.exists(job["run_dir"])


def test_a_part_retries_a_transient_failure(repo, monkeypatch, settings):
    monkeypatch.setattr(
        "skills.ingestion.sync.fanout.chunk_sync",
        lambda **kw: (_ for _ in ()).throw(ConnectionResetError("database went away")),
    )
    monkeypatch.setattr(skill_tasks.BackgroundTask, "in_process", lambda self: False)
    source = source_create(url=str(repo), name="acme/skills")
    job = source_sync(source=source, chunk_skills=CHUNK).handoff
    settings.TASK_RETRY_BASE_SECONDS = 10
    task = skill_tasks.sync_source_chunk
    from unittest import mock

    with mock.patch.object(task, "retry", side_effect=Retry()) as retry:
        state = task.apply(
            kwargs={
                "source_id": str(source.pk),
                "run": "run-1",
                "job": job,
                "part": 0,
                "paths": job["chunks"][0],
            },
            throw=False,
        ).state
    assert state == "RETRY" and 10 <= retry.call_args.kwargs["countdown"] <= 12.5
    assert retry.call_args.kwargs["kwargs"]["failures"] == 1


def test_a_small_sync_and_a_sync_in_process_are_not_spread(repo, tmp_path):
    source = source_create(url=str(repo), name="acme/skills")
    out = skill_tasks.sync_source.apply(args=[str(source.pk)]).get()  # no result backend
    assert "parts" not in out and out["new"] > CHUNK
    small = make_repo(tmp_path / "small", {"a/SKILL.md": skill_md("a")})
    assert source_sync(source=source_create(url=str(small)), chunk_skills=CHUNK).handoff is None
    assert SkillSource.objects.get(pk=source.pk).sync_state == "done"


def test_a_chord_the_broker_refuses_is_recorded_and_frees_the_lock(repo, spread, monkeypatch):
    import celery

    def refuse(self, *args, **kwargs):
        raise ConnectionRefusedError("broker down")

    monkeypatch.setattr(celery.chord, "apply_async", refuse)
    source = source_create(url=str(repo), name="acme/skills")
    with pytest.raises(ConnectionRefusedError):
        skill_tasks.sync_source.apply(args=[str(source.pk)]).get()
    source.refresh_from_db()
    assert source.sync_state == "failed" and "broker down" in source.last_error
    assert lease_holder(sync_lock_name(source.pk)) is None
    assert not RawSkill.objects.filter(source=source).exists()
