"""Cross-cutting behaviour: error bodies, body-size limit, throttling, health, rendering."""

from __future__ import annotations

import json

import pytest
from django.db import DatabaseError

from tests.api.conftest import make_skill

pytestmark = pytest.mark.django_db


def test_health_in_the_api(api):
    response = api.get("/api/v1/health")
    assert response.status_code == 200
    assert response.json() == {"ok": True, "database": "ok"}


def test_health_answers_503_when_the_database_is_down(api, monkeypatch):
    from marketplace import views

    class Cursor:
        def __enter__(self):
            raise DatabaseError("down")

        def __exit__(self, *exc):
            return False

    monkeypatch.setattr(views.connection, "cursor", lambda: Cursor())
    response = api.get("/api/v1/health")
    assert response.status_code == 503
    assert response.json() == {"ok": False, "database": "unavailable"}


def test_bodies_over_one_mebibyte_are_refused_with_413(api):
    big = json.dumps({"skill": "a/b/c", "kind": "view", "pad": "x" * (1024 * 1024)})
    response = api.post("/api/v1/events", big, content_type="application/json")
    assert response.status_code == 413
    assert response.json()["code"] == "payload_too_large"


def test_a_body_just_under_the_limit_is_parsed(api):
    skill = make_skill("alpha")
    body = json.dumps({"skill": skill.slug, "kind": "view", "pad": "x" * (1024 * 1000)})
    assert api.post("/api/v1/events", body, content_type="application/json").status_code == 202


def test_broken_json_is_a_400_with_the_error_shape(api):
    response = api.post("/api/v1/events", "{not json", content_type="application/json")
    assert response.status_code == 400
    assert set(response.json()) == {"detail", "code"}
    assert response.json()["code"] == "parse_error"


def test_anonymous_reads_are_throttled_by_the_anon_rate(api, settings):
    rates = {**settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"], "anon": "3/min"}
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": rates}
    codes = [api.get("/api/v1/skills").status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]


def test_anonymous_reads_use_only_the_anon_rate_and_say_when_to_retry(api, settings):
    rates = {**settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"], "anon": "2/min", "user": "1/min"}
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": rates}
    codes = [api.get("/api/v1/skills").status_code for _ in range(3)]
    assert codes == [200, 200, 429]  # the (lower) user rate is not applied to visitors
    refused = api.get("/api/v1/skills")
    assert refused.json()["code"] == "throttled"
    assert 1 <= int(refused["Retry-After"]) <= 60


def test_signed_in_users_are_throttled_by_the_user_rate(api, settings, django_user_model):
    rates = {**settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"], "anon": "1/min", "user": "2/min"}
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": rates}
    api.force_authenticate(django_user_model.objects.create_user("reader", password="x" * 12))
    codes = [api.get("/api/v1/skills").status_code for _ in range(3)]
    assert codes == [200, 200, 429]


def test_method_not_allowed_has_the_error_shape(api):
    response = api.delete("/api/v1/skills")
    assert response.status_code == 405
    assert response.json() == {
        "detail": 'Method "DELETE" not allowed.',
        "code": "method_not_allowed",
    }


def test_json_is_rendered_by_orjson_and_matches_the_standard_renderer(api):
    from rest_framework.renderers import JSONRenderer

    make_skill("pdf-tools", description="Ünïcode — émoji 🎉 and <b>tags</b>.")
    response = api.get("/api/v1/skills")
    assert response["Content-Type"] == "application/json"
    assert json.loads(response.content) == json.loads(JSONRenderer().render(response.data))
    assert "🎉".encode() in response.content


def test_unknown_paths_with_odd_characters_are_json_404(api):
    response = api.post("/api/v1/admin/skills/%C2%BFz%0A/unhide", {}, format="json")
    assert response.status_code == 404
    assert response.json() == {"detail": "Not found.", "code": "not_found"}
