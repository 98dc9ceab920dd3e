"""The console's discovery pages: why each repository was found, its score, the searches'
cursors and the shared GitHub budget with its next reset."""

from __future__ import annotations

import time

import pytest
from django.urls import reverse

from skills.ingestion.sources.ghapi import GithubBudget, token_id
from skills.models import DiscoveryCandidate, DiscoveryQuery

pytestmark = pytest.mark.django_db


@pytest.fixture
def candidate():
    return DiscoveryCandidate.objects.create(
        github_id=77,
        full_name="octo-labs/agent-kit",
        previous_names=["octo/old-kit"],
        stars=1250,
        skill_paths=["skills/a/SKILL.md"],
        score=81,
        score_parts={"stars": 31.0, "activity": 30.0, "skills": 20.0},
        reasons=[
            {
                "channel": "code",
                "query": "filename:SKILL.md size:0..393216",
                "at": "2026-12-06T12:00:00+00:00",
            },
            {"channel": "topic", "query": "topic:agent-skills", "at": "2026-12-06T12:05:00+00:00"},
        ],
        decision="active",
        decision_reason="over_active",
    )


def test_candidates_list_shows_score_parts_channels_and_the_budget(
    staff_client, candidate, settings
):
    settings.GITHUB_TOKENS = ["ghp_secret_one"]
    reset = int(time.time()) + 42
    GithubBudget().learn(
        "ghp_secret_one",
        resource="search",
        status=200,
        headers={
            "x-ratelimit-remaining": "17",
            "x-ratelimit-limit": "30",
            "x-ratelimit-reset": str(reset),
            "x-ratelimit-resource": "search",
        },
    )
    with_queries = staff_client.get(reverse("admin:skills_discoverycandidate_changelist"))
    html = with_queries.content.decode()
    assert with_queries.status_code == 200
    assert "octo-labs/agent-kit" in html
    assert "stars 31, activity 30, SKILL.md files 20" in html
    assert "Code search, Repository topic" in html
    assert "Shared GitHub budget" in html and "17 / 30" in html
    assert token_id("ghp_secret_one") in html and "ghp_secret_one" not in html


def test_candidate_page_says_why_it_was_found_and_decided(staff_client, candidate):
    response = staff_client.get(
        reverse("admin:skills_discoverycandidate_change", args=[candidate.pk])
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "<code>topic:agent-skills</code>" in html and "2026-12-06 12:05 UTC" in html
    assert "code search saw a SKILL.md in it" in html


def test_candidate_page_in_korean(staff_client, candidate):
    response = staff_client.get(
        reverse("admin:skills_discoverycandidate_changelist"),
        HTTP_ACCEPT_LANGUAGE="ko",
    )
    assert "GitHub 공유 호출 한도" in response.content.decode()


def test_searches_list_shows_cursor_and_error(staff_client):
    DiscoveryQuery.objects.create(
        key="topic:topic:skills",
        channel="topic",
        query="topic:skills",
        state="failed",
        next_page=3,
        last_error="GitHub answered 422: Validation Failed",
    )
    response = staff_client.get(reverse("admin:skills_discoveryquery_changelist"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "topic:skills" in html and "GitHub answered 422: Validation Failed" in html
    assert "Shared GitHub budget" in html


def test_discovery_pages_are_read_only(staff_client, candidate):
    response = staff_client.post(
        reverse("admin:skills_discoverycandidate_change", args=[candidate.pk]), {"score": 1}
    )
    assert response.status_code == 403


def test_operator_adds_an_ignored_candidate_as_a_pending_source(staff_client, candidate):
    from skills.models import SkillSource

    ignored = DiscoveryCandidate.objects.create(
        github_id=78, full_name="small/skill", decision="ignored", decision_reason="under_minimum"
    )
    response = staff_client.post(
        reverse("admin:skills_discoverycandidate_changelist"),
        {"action": "add_as_pending_source", "index": 0, "_selected_action": [ignored.pk]},
        follow=True,
    )
    assert "1 repository added as a source." in response.content.decode()
    ignored.refresh_from_db()
    assert (ignored.decision, ignored.decision_reason) == ("pending", "operator")
    assert (ignored.source.url, ignored.source.status) == (
        "https://github.com/small/skill",
        "pending",
    )
    assert SkillSource.objects.count() == 1
    again = staff_client.post(
        reverse("admin:skills_discoverycandidate_changelist"),
        {"action": "add_as_active_source", "index": 0, "_selected_action": [ignored.pk]},
        follow=True,
    )
    assert "0 repositories added as sources." in again.content.decode()
    assert SkillSource.objects.count() == 1
