"""The publication policy as a pure function (moderation.policy)."""

from __future__ import annotations

import pytest

from moderation.policy import auto_publish_refusal, scores_worse


@pytest.mark.parametrize(
    ("trusted", "verdict", "allowed"),
    [
        (True, "pass", True),
        (True, "review", False),
        (True, "fail", False),
        (True, "", False),
        (False, "pass", False),
        (False, "review", False),
    ],
)
def test_only_a_pass_from_a_trusted_source_is_published_automatically(trusted, verdict, allowed):
    refusal = auto_publish_refusal(trusted=trusted, verdict=verdict, risk_score=0)
    assert (refusal == "") is allowed


def test_an_update_with_a_higher_risk_than_the_live_pass_waits():
    assert auto_publish_refusal(
        trusted=True, verdict="pass", risk_score=12, live_verdict="pass", live_risk_score=3
    ).startswith("this update scores worse")
    assert (
        auto_publish_refusal(
            trusted=True, verdict="pass", risk_score=3, live_verdict="pass", live_risk_score=12
        )
        == ""
    )


def test_worse_means_a_worse_verdict_or_the_same_verdict_with_more_risk():
    assert scores_worse(verdict="review", risk_score=0, live_verdict="pass", live_risk_score=9)
    assert not scores_worse(verdict="pass", risk_score=9, live_verdict="review", live_risk_score=0)
    assert not scores_worse(verdict="pass", risk_score=4, live_verdict="pass", live_risk_score=4)
    assert scores_worse(verdict="weird", risk_score=0, live_verdict="fail", live_risk_score=0)


@pytest.mark.django_db
def test_the_security_checks_page_states_the_policy_and_is_linked_from_every_page(client):
    response = client.get("/security/")
    assert response.status_code == 200
    text = response.content.decode()
    assert "Publication policy" in text
    assert "published automatically only when its verdict is <strong>pass</strong>" in text
    assert "the live version stays live" in text
    assert 'href="/security/">Security checks</a>' in client.get("/").content.decode()
