"""Discovery's Celery tasks (skills.tasks.discover_*), run in this process as without a
broker, and as on a worker (queued follow-ups, retries after GitHub's reset)."""

from __future__ import annotations

from unittest import mock

import httpx
import pytest
import time_machine
from celery.exceptions import Retry

from marketplace.tasking import BackgroundTask
from skills import tasks as skill_tasks
from skills.models import DiscoveryCandidate, DiscoveryQuery
from tests.skills.test_discover_sources import NOW, TOPIC, TOPIC_PAGE, FakeGithub

pytestmark = pytest.mark.django_db


@pytest.fixture
def fake(monkeypatch):
    fake = FakeGithub({("/search/repositories", TOPIC.q, 1): TOPIC_PAGE})
    monkeypatch.setattr(
        "skills.ingestion.sources.finder.work.safe_http_client",
        lambda **kw: httpx.Client(transport=httpx.MockTransport(fake)),
    )
    with time_machine.travel(NOW, tick=False):
        yield fake


@pytest.fixture
def on_a_worker(monkeypatch):
    monkeypatch.setattr(BackgroundTask, "in_process", lambda self: False)


def _topic_search() -> DiscoveryQuery:
    return DiscoveryQuery.objects.create(
        key=TOPIC.key,
        channel="topic",
        query=TOPIC.q,
        range_field="created",
        range_low=TOPIC.range_low,
        range_high=TOPIC.range_high,
    )


def test_discover_due_in_process_runs_the_whole_pass(fake):
    result = skill_tasks.discover_due.apply().get()
    assert result["stopped"] == "" and result["new"] == 2 and result["decided"] == 2
    assert DiscoveryCandidate.objects.count() == 2
    # run twice = run once: the finished search is not asked again (the other topics, which
    # this fake GitHub does not know, failed and are tried again)
    again = skill_tasks.discover_due.apply().get()
    assert again["new"] == 0 and DiscoveryCandidate.objects.count() == 2
    assert fake.pages("/search/repositories").count((TOPIC.q, 1)) == 1


def test_on_a_worker_discover_due_queues_one_page_task_per_due_search(fake, on_a_worker):
    with mock.patch.object(skill_tasks.discover_page, "delay") as delay:
        result = skill_tasks.discover_due.apply().get()
    assert result["searches"] == delay.call_count == DiscoveryQuery.objects.count()


def test_a_page_task_queues_the_decision_when_its_search_is_done(fake, on_a_worker):
    search = _topic_search()
    with mock.patch.object(skill_tasks.discover_decide, "delay") as decide:
        result = skill_tasks.discover_page.apply(args=[search.pk, 1]).get()
    assert (result["status"], result["hits"], result["more"]) == ("fetched", 2, False)
    assert decide.call_count == 1
    again = skill_tasks.discover_page.apply(args=[search.pk, 1]).get()
    assert "skipped" in again and len(fake.requests) == 1  # idempotent


def test_a_rate_limited_page_is_retried_after_the_reset_and_keeps_its_cursor(fake, on_a_worker):
    fake.routes[("/search/repositories", TOPIC.q, 1)] = lambda request: httpx.Response(
        403,
        json={"message": "You have exceeded a secondary rate limit."},
        headers={"retry-after": "45"},
    )
    search = _topic_search()
    task = skill_tasks.discover_page
    with mock.patch.object(task, "retry", side_effect=Retry()) as retry:
        assert task.apply(args=[search.pk, 1], throw=False).state == "RETRY"
    assert retry.call_args.kwargs["countdown"] == pytest.approx(45, abs=1)
    search.refresh_from_db()
    assert (search.next_page, search.state) == (1, "new")


def test_discover_decide_decides_what_pages_found(fake):
    search = _topic_search()
    skill_tasks.discover_page.apply(args=[search.pk]).get()
    result = skill_tasks.discover_decide.apply().get()
    assert result["decided"] == 2 and result["pending"] == 1 and result["ignored"] == 1
