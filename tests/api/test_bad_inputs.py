"""Inputs that used to answer 500 (found by fuzzing): each now gets a clear 4xx."""

from __future__ import annotations

import pytest
from django.test import Client

from tests.factories import SkillFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def quiet_client(settings) -> Client:
    """A client that gets the answer a visitor would, not the exception."""
    client = Client(raise_request_exception=False)
    return client


@pytest.mark.parametrize(
    "offset", ["-16:00", "%2B16:00", "%2B23:59", "-23:59", "%2B15:59", "-15:59", "Z"]
)
def test_updated_since_with_any_valid_offset_is_answered(api, offset):
    SkillFactory()
    response = api.get(f"/api/v1/skills?updated_since=2024-01-01T00:00:00{offset}")
    assert response.status_code == 200, response.content


def test_updated_since_beyond_the_calendar_is_400(api):
    response = api.get("/api/v1/skills?updated_since=9999-12-31T23:00:00-16:00")
    assert response.status_code == 400
    assert response.json()["code"] == "invalid"


@pytest.mark.parametrize(
    "path",
    [
        "/s/a%00b/c/d/",
        "/s/example/repo/example-skill-0%00/",
        "/r/a%00/b/.well-known/skills/index.json",
        "/categories/a%00/",
        "/tags/a%00/",
        "/repo/a%00/b/",
    ],
)
def test_a_nul_character_in_a_page_address_is_400(quiet_client, path):
    SkillFactory()
    response = quiet_client.get(path)
    assert response.status_code == 400


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/skills/a%00b/c/d",
        "/api/v1/skills/example/repo/example-skill-0%00/files/SKILL.md",
    ],
)
def test_a_nul_character_in_an_api_address_is_a_json_400(quiet_client, path):
    SkillFactory()
    response = quiet_client.get(path)
    assert response.status_code == 400
    assert response.json() == {
        "detail": "The address holds a NUL character.",
        "code": "nul_character",
    }


@pytest.mark.parametrize(
    "query", ["q=a%00", "tag=a%00", "category=%00", "source=a%00/b", "license=%00", "page=1%00"]
)
def test_a_nul_character_in_an_api_query_is_answered(quiet_client, query):
    SkillFactory()
    response = quiet_client.get(f"/api/v1/skills?{query}")
    assert response.status_code in (200, 400), response.content
    assert response["Content-Type"] == "application/json"


def test_an_overlong_username_on_the_token_endpoint_is_401(api):
    response = api.post(
        "/api/v1/auth/token", {"username": "x" * 300, "password": "y"}, format="json"
    )
    assert response.status_code == 401


def test_an_overlong_username_on_the_admin_login_is_a_form_error(quiet_client):
    response = quiet_client.post("/admin/login/", {"username": "x" * 300, "password": "y"})
    assert response.status_code == 200
    assert b"errornote" in response.content


def test_an_unhandled_api_error_is_json_500(quiet_client, monkeypatch, settings):
    settings.DEBUG = False

    def boom(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr("skills.api.views.SkillViewSet.list", boom)
    response = quiet_client.get("/api/v1/skills")
    assert response.status_code == 500
    assert response["Content-Type"] == "application/json"
    assert response.json()["code"] == "server_error"


def test_an_unhandled_page_error_is_the_html_500_page(quiet_client, monkeypatch, settings):
    settings.DEBUG = False

    def boom(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr("skills.views.HomeView.get_context_data", boom)
    response = quiet_client.get("/")
    assert response.status_code == 500
    assert response["Content-Type"].startswith("text/html")


@pytest.mark.parametrize("page", ["146896681910576928", "9223372036854775807", "99999999999"])
def test_a_rankings_page_beyond_any_board_is_a_json_400(quiet_client, page):
    """Found by schemathesis: the offset (page - 1) * size overflowed SQLite's integers."""
    SkillFactory()
    response = quiet_client.get("/api/v1/rankings", {"board": "new", "page": page, "size": 72})
    assert response.status_code == 400
    assert set(response.json()["errors"]) == {"page"}
