"""Anonymous list and search answers are cached, and a change to the catalogue shows at once."""

import pytest

from moderation.services import skill_hide
from tests.factories import PublishedSkillFactory

pytestmark = pytest.mark.django_db


def _slugs(client, url="/api/v1/skills?sort=name"):
    response = client.get(url)
    assert response.status_code == 200
    return [row["slug"] for row in response.json()["results"]]


def test_a_repeated_search_is_answered_from_the_cache(client, django_assert_num_queries):
    PublishedSkillFactory(name="alpha")
    first = _slugs(client)
    with django_assert_num_queries(0):
        assert _slugs(client) == first
    assert client.get("/api/v1/skills?sort=name")["X-Cache"] == "hit"


def test_answers_say_whether_they_came_from_the_cache(client, settings):
    skill = PublishedSkillFactory(name="alpha")
    for url in ("/api/v1/skills?q=alpha", f"/api/v1/skills/{skill.pk}"):
        assert [client.get(url)["X-Cache"] for _ in range(2)] == ["miss", "hit"], url
    settings.API_LIST_CACHE_SECONDS = 0
    assert "X-Cache" not in client.get("/api/v1/skills?q=alpha")


def test_publishing_and_hiding_show_at_once(client, django_capture_on_commit_callbacks):
    # The catalogue version is bumped when the change commits (on_commit).
    with django_capture_on_commit_callbacks(execute=True):
        alpha = PublishedSkillFactory(name="alpha")
    assert _slugs(client) == [alpha.slug]
    with django_capture_on_commit_callbacks(execute=True):
        beta = PublishedSkillFactory(name="beta")
    assert _slugs(client) == [alpha.slug, beta.slug]
    with django_capture_on_commit_callbacks(execute=True):
        skill_hide(skill=alpha, reason="reported")
    assert _slugs(client) == [beta.slug]


def test_without_the_bump_the_cached_answer_would_be_served(client):
    """Shows the cache is real: a change that never commits leaves the cached page."""
    alpha = PublishedSkillFactory(name="alpha")
    assert _slugs(client) == [alpha.slug]
    PublishedSkillFactory(name="beta")  # its on_commit bump never runs in this test
    assert _slugs(client) == [alpha.slug]


def test_signed_in_users_and_bad_queries_are_not_cached(
    client, staff_user, django_assert_max_num_queries
):
    PublishedSkillFactory(name="alpha")
    assert client.get("/api/v1/skills?size=0").status_code == 400
    assert client.get("/api/v1/skills?size=0").status_code == 400
    client.force_login(staff_user)
    _slugs(client)
    with django_assert_max_num_queries(10) as captured:
        _slugs(client)
    assert len(captured) > 0


def test_a_skill_detail_is_answered_from_the_cache_with_the_same_validators(
    client, django_assert_num_queries
):
    skill = PublishedSkillFactory(name="alpha")
    url = f"/api/v1/skills/{skill.slug}"
    first = client.get(url)
    assert first.status_code == 200
    with django_assert_num_queries(0):
        again = client.get(url)
    assert again.json() == first.json()
    assert (again["ETag"], again["Last-Modified"]) == (first["ETag"], first["Last-Modified"])
    with django_assert_num_queries(0):
        assert client.get(url, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304


def test_hiding_a_skill_takes_its_cached_detail_down_at_once(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        skill = PublishedSkillFactory(name="alpha")
    url = f"/api/v1/skills/{skill.pk}"
    assert client.get(url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        skill_hide(skill=skill, reason="reported")
    assert client.get(url).status_code == 404
