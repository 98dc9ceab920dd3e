"""Discovery's units of background work (skills.ingestion.sources.finder.work): one page
of one search at a time, idempotent, one worker per search."""

from __future__ import annotations

import httpx
import pytest
import time_machine

from marketplace.locks import job_lock
from skills.ingestion.sources.finder.work import (
    discovery_decide_run,
    discovery_due_ids,
    discovery_page_run,
)
from skills.models import DiscoveryCandidate, DiscoveryQuery
from tests.skills.test_discover_sources import NOW, TOPIC, TOPIC_PAGE, FakeGithub, code_items

pytestmark = pytest.mark.django_db


@pytest.fixture
def fake(monkeypatch):
    fake = FakeGithub({})
    monkeypatch.setattr(
        "skills.ingestion.sources.finder.work.safe_http_client",
        lambda **kw: httpx.Client(transport=httpx.MockTransport(fake)),
    )
    with time_machine.travel(NOW, tick=False):
        yield fake


def test_due_ids_are_the_built_in_searches(fake, settings):
    settings.GITHUB_TOKENS = ["ghp_test"]
    ids = discovery_due_ids()
    assert len(ids) == DiscoveryQuery.objects.count() == 9  # 4 code, 4 topics, links
    assert set(DiscoveryQuery.objects.values_list("channel", flat=True)) == {
        "code",
        "topic",
        "linked",
    }
    assert discovery_due_ids() == ids  # idempotent


def test_without_a_token_code_search_is_left_out(fake, settings):
    settings.GITHUB_TOKENS, settings.GITHUB_TOKEN = [], ""
    discovery_due_ids()
    assert set(DiscoveryQuery.objects.values_list("channel", flat=True)) == {"topic", "linked"}


def test_one_page_at_a_time_and_a_page_is_never_fetched_twice(fake, settings):
    settings.DISCOVERY_MIN_SCORE = 1000
    fake.routes[("/search/repositories", TOPIC.q, 1)] = {
        "total_count": 150,
        "incomplete_results": False,
        "items": [dict(TOPIC_PAGE["items"][0], id=i, full_name=f"o{i}/r") for i in range(1, 101)],
    }
    fake.routes[("/search/repositories", TOPIC.q, 2)] = TOPIC_PAGE
    search = DiscoveryQuery.objects.create(
        key=TOPIC.key,
        channel="topic",
        query=TOPIC.q,
        range_field="created",
        range_low=TOPIC.range_low,
        range_high=TOPIC.range_high,
    )
    first = discovery_page_run(search_id=search.pk, page=1)
    assert (first["status"], first["hits"], first["more"], first["next_page"]) == (
        "fetched",
        100,
        True,
        2,
    )
    assert discovery_page_run(search_id=search.pk, page=1)["skipped"] == "page 1 already fetched"
    last = discovery_page_run(search_id=search.pk, page=2)
    assert (last["hits"], last["more"]) == (2, False)
    assert len(fake.requests) == 2
    assert DiscoveryCandidate.objects.count() == 102
    with job_lock(f"discover:{search.pk}", ttl=60):
        assert "another worker" in discovery_page_run(search_id=search.pk)["skipped"]
    decided = discovery_decide_run()
    assert decided["decided"] == 102 and decided["ignored"] == 102


def test_split_reports_its_parts(fake, settings):
    settings.DISCOVERY_MIN_SCORE = 1000
    settings.GITHUB_TOKENS = ["ghp_test"]
    search = DiscoveryQuery.objects.create(
        key="code:filename:SKILL.md size:0..10",
        channel="code",
        query="filename:SKILL.md size:0..10",
        range_field="size",
        range_low="0",
        range_high="10",
    )
    fake.routes[("/search/code", search.query, 1)] = {
        "total_count": 5000,
        "incomplete_results": False,
        "items": code_items(1, 100),
    }
    outcome = discovery_page_run(search_id=search.pk)
    assert outcome["status"] == "split" and len(outcome["parts"]) == 2
