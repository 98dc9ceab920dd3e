"""POST /api/v1/events: single events, idempotent batches, limits and throttling."""

from __future__ import annotations

import pytest

from rankings.models import SkillEvent
from tests.api.conftest import make_skill

pytestmark = pytest.mark.django_db

RESULT_KEYS = {"accepted", "counted", "duplicates", "rejected", "results"}


def post(api, body, **extra):
    return api.post("/api/v1/events", body, format="json", **extra)


def test_one_event_by_slug(api):
    skill = make_skill("pdf-tools")
    response = post(api, {"skill": skill.slug, "kind": "install"})
    assert response.status_code == 202
    body = response.json()
    assert set(body) == RESULT_KEYS
    assert (body["accepted"], body["duplicates"], body["rejected"]) == (1, 0, 0)
    event = SkillEvent.objects.get()
    assert (event.skill_id, event.kind, event.channel) == (skill.pk, "install", "api")
    assert len(event.actor) == 64  # a salted fingerprint, never the IP


def test_a_batch_is_idempotent_per_client_event_id(api):
    a, b = make_skill("alpha"), make_skill("bravo")
    batch = [
        {"skill": str(a.pk), "kind": "install", "client_event_id": "evt-1"},
        {"skill": b.slug, "kind": "download", "client_event_id": "evt-2"},
        {"skill": "nobody/nothing/none", "kind": "install", "client_event_id": "evt-3"},
    ]
    first = post(api, {"events": batch}).json()
    assert (first["accepted"], first["duplicates"], first["rejected"]) == (2, 0, 1)
    again = post(api, batch).json()  # a bare array works too
    assert (again["accepted"], again["duplicates"], again["rejected"]) == (0, 2, 1)
    assert [r["status"] for r in again["results"]] == ["duplicate_id", "duplicate_id", "rejected"]
    assert SkillEvent.objects.filter(client_event_id__isnull=False).count() == 2


def test_the_same_id_twice_in_one_batch_counts_once(api):
    skill = make_skill("alpha")
    event = {"skill": skill.slug, "kind": "install", "client_event_id": "same"}
    body = post(api, [event, event]).json()
    assert (body["accepted"], body["duplicates"]) == (1, 1)


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"events": []}, "events"),
        ({"events": [{"skill": "a/b/c", "kind": "install"}] * 101}, "events"),
        ({"skill": "a/b/c", "kind": "teleport"}, "events"),
        ({"kind": "install"}, "events"),
        ({"events": "nope"}, "events"),
    ],
)
def test_malformed_batches_answer_400(api, body, field):
    response = post(api, body)
    assert response.status_code == 400
    assert field in response.json()["errors"]


def test_events_are_throttled_per_visitor(api, settings):
    skill = make_skill("alpha")
    rates = {**settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"], "events": "2/min"}
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": rates}
    assert post(api, {"skill": skill.slug, "kind": "view"}).status_code == 202
    assert post(api, {"skill": skill.slug, "kind": "view"}).status_code == 202
    throttled = post(api, {"skill": skill.slug, "kind": "view"})
    assert throttled.status_code == 429
    assert throttled.json()["code"] == "throttled"
    assert "Retry-After" in throttled
    other = post(api, {"skill": skill.slug, "kind": "view"}, HTTP_USER_AGENT="another-client/1.0")
    assert other.status_code == 202


def test_the_service_rate_limit_answers_429(api, settings):
    skill = make_skill("alpha")
    settings.RANKINGS_EVENTS_PER_MINUTE = 1
    assert post(api, {"skill": skill.slug, "kind": "view"}).status_code == 202
    response = post(api, {"skill": skill.slug, "kind": "view"})
    assert response.status_code == 429
    assert set(response.json()) == {"detail", "code"}
