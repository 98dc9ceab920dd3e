"""Anonymous list and search answers are cached, and a change to the catalogue shows at once."""

import warnings

import pytest
from django.core.cache import cache
from django.core.cache.backends.base import CacheKeyWarning

from moderation.services import skill_hide
from skills.cache import SKILL_TOKEN_SECONDS, catalogue_content_changed
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


def test_a_content_change_reaches_the_detail_however_the_id_is_spelt(client):
    """The API takes a skill's UUID in upper or lower case; the cached answer is scoped by
    the canonical id, so a content change (which bumps the id and the slug) takes down the
    answers cached under either spelling."""
    skill = PublishedSkillFactory(name="alpha")
    spellings = [str(skill.pk), str(skill.pk).upper()]
    for url in (f"/api/v1/skills/{s}" for s in spellings):
        assert [client.get(url)["X-Cache"] for _ in range(2)] == ["miss", "hit"], url
    catalogue_content_changed(skills=[(skill.pk, skill.slug)])
    for url in (f"/api/v1/skills/{s}" for s in spellings):
        assert client.get(url)["X-Cache"] == "miss", url


@pytest.mark.parametrize(
    "key", ["o/r/" + "s" * 290, "a b/c/d", "o/%0Anew/line", "%C3%A9/t/%C3%A9", "o/r/%00"]
)
def test_any_key_is_a_safe_cache_key(client, key):
    """Keys come from the URL: long, spaced, control or non-ASCII ones answer 404 (a NUL 400) and never
    make a cache key a memcached-compatible backend would refuse (CacheKeyWarning)."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", CacheKeyWarning)
        for _ in range(2):  # the second asks the cache for the scope the first made
            assert client.get(f"/api/v1/skills/{key}").status_code in (400, 404)


def test_made_up_skills_leave_no_cache_key_that_never_expires(client, monkeypatch):
    """A scope token made on a read expires (SKILL_TOKEN_SECONDS): asking for made-up
    skills must not grow the cache for ever."""
    timeouts = []
    real_add = cache.add

    def add(key, value, timeout=None, **kwargs):
        timeouts.append(timeout)
        return real_add(key, value, timeout=timeout, **kwargs)

    monkeypatch.setattr(cache, "add", add)
    for n in range(3):
        assert client.get(f"/api/v1/skills/nobody/nothing/made-up-{n}").status_code == 404
    assert timeouts.count(SKILL_TOKEN_SECONDS) == 3
