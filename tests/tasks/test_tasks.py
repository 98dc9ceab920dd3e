"""The Celery tasks, run in this process (eager, as without a broker): each is a thin
wrapper over a service, idempotent, retried with backoff on network failures and rate
limits (a Retry-After wins), and records its failures on the row it works on."""

from __future__ import annotations

import time
from unittest import mock

import httpx
import pytest
from celery.exceptions import Retry
from django.urls import reverse

from marketplace.locks import job_lock
from marketplace.retry import RetryLater
from marketplace.tasking import BackgroundTask
from moderation import tasks as moderation_tasks
from moderation.models import ScanResult
from rankings import tasks as rankings_tasks
from skills import tasks as skill_tasks
from skills.ingestion.sources.base import FetchError
from skills.ingestion.sources.services import source_create
from skills.ingestion.sync.request import source_lock, source_sync_request
from skills.models import SkillSource, SkillVersion
from tests.skills.fixtures.gitrepo import commit_all, make_repo, skill_md, write_files
from tests.skills.test_sync import _state

pytestmark = pytest.mark.django_db


@pytest.fixture
def repo(tmp_path):
    return make_repo(
        tmp_path / "acme-skills",
        {
            "skills/pdf-tools/SKILL.md": skill_md("pdf-tools", body="Read PDFs."),
            "skills/pdf-tools/scripts/extract.py": "print('extract')\n",
            "skills/csv-tools/SKILL.md": skill_md("csv-tools", body="Read CSVs."),
        },
    )


@pytest.fixture
def source(repo):
    return source_create(url=str(repo), name="acme/skills")


@pytest.fixture
def on_a_worker(monkeypatch):
    """As on a worker (not in process): retries are queued; `retry` is recorded."""
    monkeypatch.setattr(BackgroundTask, "in_process", lambda self: False)


class FailingAdapter:
    """A source adapter whose fetch fails with `exc` (the commit check never matches)."""

    def __init__(self, exc):
        self.exc = exc

    def fetch(self, source, *, ctx):
        raise self.exc


def _fail_fetch(monkeypatch, exc):
    monkeypatch.setattr(
        "skills.ingestion.sync.pipeline.adapter_for", lambda kind: FailingAdapter(exc)
    )


def test_sync_source_task_syncs_and_a_second_run_changes_nothing(source):
    first = skill_tasks.sync_source.apply(args=[str(source.pk)]).get()
    assert (first["ok"], first["found"], first["new"]) == (True, 2, 2)
    state = _state()
    second = skill_tasks.sync_source.apply(args=[str(source.pk)]).get()
    assert (second["found"], second["new"], second["changed"], second["unchanged"]) == (2, 0, 0, 2)
    assert _state() == state
    source.refresh_from_db()
    assert source.sync_state == "done" and source.error_count == 0


def test_sync_source_task_skips_a_missing_or_paused_source(source):
    assert skill_tasks.sync_source.apply(args=["00000000-0000-0000-0000-000000000000"]).get() == {
        "source": "00000000-0000-0000-0000-000000000000",
        "skipped": "no such source",
    }
    SkillSource.objects.filter(pk=source.pk).update(status="paused")
    out = skill_tasks.sync_source.apply(args=[str(source.pk)]).get()
    assert out["skipped"] == "status paused"
    # a person asking syncs a paused source (as the console always did)
    assert skill_tasks.sync_source.apply(args=[str(source.pk)], kwargs={"requested": True}).get()[
        "ok"
    ]


def test_rate_limited_sync_is_recorded_and_retried_after_the_seconds_asked(
    source, monkeypatch, on_a_worker
):
    _fail_fetch(monkeypatch, RetryLater(42, "GitHub: rate limited"))
    with mock.patch.object(skill_tasks.sync_source, "retry", side_effect=Retry()) as retry:
        result = skill_tasks.sync_source.apply(args=[str(source.pk)], throw=False)
    assert result.state == "RETRY"
    assert retry.call_args.kwargs["countdown"] == 42
    assert retry.call_args.kwargs["kwargs"]["failures"] == 1
    source.refresh_from_db()
    assert source.error_count == 1 and "rate limited" in source.last_error
    assert source.sync_state == "retrying"


def test_network_failure_backs_off_exponentially_then_gives_up(
    source, monkeypatch, on_a_worker, settings
):
    settings.TASK_RETRY_BASE_SECONDS = 10
    settings.TASK_MAX_RETRIES = 3
    _fail_fetch(
        monkeypatch,
        FetchError("git failed (128): fatal: unable to access 'x': Could not resolve host: x"),
    )
    countdowns = []
    for failures in range(3):
        with mock.patch.object(skill_tasks.sync_source, "retry", side_effect=Retry()) as retry:
            skill_tasks.sync_source.apply(
                args=[str(source.pk)], kwargs={"failures": failures}, throw=False
            )
        countdowns.append(retry.call_args.kwargs["countdown"])
    assert 10 <= countdowns[0] <= 12.5 and 20 <= countdowns[1] <= 25 and 40 <= countdowns[2] <= 50
    with mock.patch.object(skill_tasks.sync_source, "retry", side_effect=Retry()) as retry:
        out = skill_tasks.sync_source.apply(
            args=[str(source.pk)], kwargs={"failures": 3}, throw=False
        ).get()
    assert not retry.called and out["ok"] is False
    source.refresh_from_db()
    assert source.error_count == 4 and source.status == "failing"
    assert source.sync_state == "failed" and "Could not resolve host" in source.last_error


def test_a_permanent_failure_is_recorded_and_not_retried(source, monkeypatch, on_a_worker):
    _fail_fetch(monkeypatch, FetchError("git failed (128): fatal: repository 'x' not found"))
    with mock.patch.object(skill_tasks.sync_source, "retry", side_effect=Retry()) as retry:
        out = skill_tasks.sync_source.apply(args=[str(source.pk)], throw=False).get()
    assert not retry.called and out["ok"] is False
    source.refresh_from_db()
    assert source.error_count == 1 and "not found" in source.last_error
    assert source.sync_state == "failed"


def test_in_process_a_transient_failure_is_recorded_without_retrying(source, monkeypatch):
    _fail_fetch(monkeypatch, RetryLater(30))
    with mock.patch.object(skill_tasks.sync_source, "retry", side_effect=Retry()) as retry:
        out = skill_tasks.sync_source.apply(args=[str(source.pk)], throw=False).get()
    assert not retry.called and out["ok"] is False
    source.refresh_from_db()
    assert source.sync_state == "failed" and source.error_count == 1


def test_a_sync_waits_while_another_worker_syncs_the_same_source(source, on_a_worker):
    with (
        source_lock(source.pk),
        mock.patch.object(skill_tasks.sync_source, "retry", side_effect=Retry()) as retry,
    ):
        result = skill_tasks.sync_source.apply(args=[str(source.pk)], throw=False)
    assert result.state == "RETRY" and retry.call_args.kwargs["countdown"] == 5
    source.refresh_from_db()
    assert source.last_synced_at is None  # nothing ran


def test_in_process_a_sync_of_a_locked_source_is_skipped(source):
    with source_lock(source.pk):
        out = skill_tasks.sync_source.apply(args=[str(source.pk)]).get()
    assert out["skipped"] == "another sync of this source is running"


def test_sync_request_with_a_broker_queues_the_task_and_marks_the_row(
    source, monkeypatch, django_capture_on_commit_callbacks, staff_user
):
    monkeypatch.setattr("marketplace.celery.runs_in_process", lambda: False)
    sent = []
    monkeypatch.setattr(
        skill_tasks.sync_source, "apply_async", lambda **kw: sent.append(kw) or None
    )
    with django_capture_on_commit_callbacks(execute=True):
        outcome = source_sync_request(source=source, requested_by=staff_user)
    assert outcome.queued and outcome.result is None and outcome.task_id
    assert sent == [
        {"args": [str(source.pk)], "kwargs": {"requested": True}, "task_id": outcome.task_id}
    ]
    source.refresh_from_db()
    assert (source.sync_state, source.sync_task_id) == ("queued", outcome.task_id)
    assert source.sync_requested_by == staff_user and source.last_synced_at is None


def test_api_sync_answers_202_with_the_task_id_when_a_broker_is_configured(
    source, monkeypatch, django_capture_on_commit_callbacks, staff_client
):
    monkeypatch.setattr("marketplace.celery.runs_in_process", lambda: False)
    sent = []
    monkeypatch.setattr(skill_tasks.sync_source, "apply_async", lambda **kw: sent.append(kw))
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(
            f"/api/v1/admin/sources/{source.pk}/sync", {}, content_type="application/json"
        )
    assert response.status_code == 202
    body = response.json()
    assert body == {
        "source_id": str(source.pk),
        "task_id": sent[0]["task_id"],
        "sync_state": "queued",
    }
    detail = staff_client.get(f"/api/v1/admin/sources/{source.pk}").json()
    assert (detail["sync_state"], detail["sync_task_id"]) == ("queued", body["task_id"])


def test_console_sync_now_queues_and_the_source_page_shows_the_task(
    source, monkeypatch, django_capture_on_commit_callbacks, staff_client
):
    monkeypatch.setattr("marketplace.celery.runs_in_process", lambda: False)
    sent = []
    monkeypatch.setattr(skill_tasks.sync_source, "apply_async", lambda **kw: sent.append(kw))
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(
            reverse("admin:skills_skillsource_sync", args=[source.pk]), follow=True
        )
    task_id = sent[0]["task_id"]
    html = response.content.decode()
    assert f"Sync of acme/skills queued for a worker (task {task_id})." in html
    assert f"<code>{task_id}</code> · Queued" in html


def test_sync_due_sources_syncs_only_the_sources_due(source, tmp_path, settings):
    other = source_create(
        url=str(make_repo(tmp_path / "b", {"x/SKILL.md": skill_md("x")})), name="b/x"
    )
    SkillSource.objects.filter(pk=other.pk).update(status="paused")
    assert skill_tasks.sync_due_sources.apply().get() == {"sources": 1}
    source.refresh_from_db()
    assert source.last_synced_at is not None
    assert skill_tasks.sync_due_sources.apply().get() == {"sources": 0}  # synced: not due
    assert skill_tasks.sync_due_sources.apply(kwargs={"everything": True}).get() == {"sources": 1}


def test_periodic_sync_queues_one_task_per_due_source(
    source, monkeypatch, on_a_worker, django_capture_on_commit_callbacks
):
    sent = []
    monkeypatch.setattr(skill_tasks.sync_source, "apply_async", lambda **kw: sent.append(kw))
    with django_capture_on_commit_callbacks(execute=True):
        skill_tasks.sync_due_sources.apply().get()
    assert [s["args"] for s in sent] == [[str(source.pk)]]
    assert sent[0]["kwargs"] == {"requested": False}
    source.refresh_from_db()
    assert source.sync_state == "queued" and source.sync_task_id == sent[0]["task_id"]


def test_a_changed_source_is_synced_again_by_the_task(source, repo):
    skill_tasks.sync_source.apply(args=[str(source.pk)]).get()
    write_files(repo, {"skills/csv-tools/SKILL.md": skill_md("csv-tools", body="New steps.")})
    commit_all(repo)
    out = skill_tasks.sync_source.apply(args=[str(source.pk)]).get()
    assert (out["changed"], out["unchanged"]) == (1, 1)


# --- scanning, rankings, pruning ---------------------------------------------------------


def test_scan_version_task_is_idempotent_and_records_failures(source):
    skill_tasks.sync_source.apply(args=[str(source.pk)]).get()
    version = SkillVersion.objects.order_by("created_at").first()
    first = moderation_tasks.scan_version.apply(args=[str(version.pk)]).get()
    second = moderation_tasks.scan_version.apply(args=[str(version.pk)]).get()
    assert first == second and first["verdict"] in ("pass", "review", "fail")
    assert ScanResult.objects.filter(version=version, engine="builtin").count() == 1
    with mock.patch("moderation.rescan.version_files", side_effect=OSError("blob missing")):
        out = moderation_tasks.scan_version.apply(args=[str(version.pk)]).get()
    assert out["error"] == "OSError: blob missing"
    version.refresh_from_db()
    assert version.scan_error == "OSError: blob missing" and version.scan_error_count == 1


def test_scan_version_retries_when_storage_is_out_of_reach(source, on_a_worker, settings):
    settings.TASK_RETRY_BASE_SECONDS = 10
    skill_tasks.sync_source.apply(args=[str(source.pk)]).get()
    version = SkillVersion.objects.first()
    with (
        mock.patch("moderation.rescan.version_files", side_effect=ConnectionResetError("s3")),
        mock.patch.object(moderation_tasks.scan_version, "retry", side_effect=Retry()) as retry,
    ):
        assert (
            moderation_tasks.scan_version.apply(args=[str(version.pk)], throw=False).state
            == "RETRY"
        )
    assert 10 <= retry.call_args.kwargs["countdown"] <= 12.5
    version.refresh_from_db()
    assert version.scan_error_count == 1


def test_scan_changed_rules_rescans_only_versions_the_rules_have_not_seen(source):
    skill_tasks.sync_source.apply(args=[str(source.pk)]).get()
    assert moderation_tasks.scan_changed_rules.apply().get() == {"versions": 0}
    ScanResult.objects.update(rules_hash="old")
    assert moderation_tasks.scan_changed_rules.apply().get() == {"versions": 2}
    assert moderation_tasks.scan_changed_rules.apply().get() == {"versions": 0}


def test_rankings_and_prune_tasks_run_once_at_a_time():
    out = rankings_tasks.compute_rankings.apply().get()
    assert set(out) == {"date", "skills", "boards"}
    assert rankings_tasks.compute_rankings.apply().get()["date"] == out["date"]  # rerun: same day
    with job_lock("job:rankings", ttl=60):
        assert "skipped" in rankings_tasks.compute_rankings.apply().get()
    assert rankings_tasks.prune_events.apply().get()["events"] == 0
    with job_lock("job:prune", ttl=60):
        assert "skipped" in rankings_tasks.prune_events.apply().get()


# --- GitHub metadata -----------------------------------------------------------------------


def _github_answering(monkeypatch, handler):
    from skills.ingestion import sources

    real = sources.FetchContext

    def ctx(**kw):
        return real(http=httpx.Client(transport=httpx.MockTransport(handler)), **kw)

    monkeypatch.setattr(sources, "FetchContext", ctx)


def test_github_metadata_refresh_retries_after_the_rate_limit_resets(monkeypatch, on_a_worker):
    reset = int(time.time()) + 120

    def limited(request):
        return httpx.Response(
            403,
            json={"message": "API rate limit exceeded"},
            headers={"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": str(reset)},
        )

    _github_answering(monkeypatch, limited)
    source = source_create(url="https://github.com/acme/skills")
    task = skill_tasks.refresh_github_metadata
    with mock.patch.object(task, "retry", side_effect=Retry()) as retry:
        assert task.apply(args=[str(source.pk)], throw=False).state == "RETRY"
    assert 100 <= retry.call_args.kwargs["countdown"] <= 121


def test_github_metadata_refresh_retries_on_a_network_error(monkeypatch, on_a_worker, settings):
    settings.TASK_RETRY_BASE_SECONDS = 10

    def down(request):
        raise httpx.ConnectError("connection refused")

    _github_answering(monkeypatch, down)
    source = source_create(url="https://github.com/acme/skills")
    task = skill_tasks.refresh_github_metadata
    with mock.patch.object(task, "retry", side_effect=Retry()) as retry:
        assert task.apply(args=[str(source.pk)], throw=False).state == "RETRY"
    assert 10 <= retry.call_args.kwargs["countdown"] <= 12.5


def test_github_metadata_refresh_stores_the_answer(monkeypatch):
    def ok(request):
        return httpx.Response(
            200,
            json={"stargazers_count": 7, "forks_count": 1},
            headers={"ETag": 'W/"e1"', "X-RateLimit-Remaining": "4000"},
        )

    _github_answering(monkeypatch, ok)
    source = source_create(url="https://github.com/acme/skills")
    out = skill_tasks.refresh_github_metadata.apply(args=[str(source.pk)]).get()
    assert out["github"] == "200"
    from skills.models import GithubRepoCache

    assert GithubRepoCache.objects.get(owner="acme", name="skills").stars == 7


def test_a_worker_process_prepares_skills_in_process(tmp_path, settings, monkeypatch):
    """A Celery worker's pool process is daemonic and may not start the sync's own pool:
    there skills are prepared one by one, whatever SYNC_WORKERS says."""
    import multiprocessing

    from skills.ingestion.sync import prepare

    settings.SYNC_WORKERS = 4

    def no_pool(*args, **kwargs):
        raise AssertionError("daemonic processes are not allowed to have children")

    monkeypatch.setattr(prepare, "ProcessPoolExecutor", no_pool)
    many = make_repo(
        tmp_path / "many", {f"s/k{i:02d}/SKILL.md": skill_md(f"k{i:02d}") for i in range(20)}
    )
    source = source_create(url=str(many), name="many/k")
    me = multiprocessing.current_process()
    monkeypatch.setattr(me, "_config", {**me._config, "daemon": True})
    out = skill_tasks.sync_source.apply(args=[str(source.pk)]).get()
    assert (out["ok"], out["found"], out["new"]) == (True, 20, 20)
