"""Taxonomy and rankings endpoints."""

from __future__ import annotations

from datetime import date

import pytest

from rankings.models import SkillRankSnapshot
from skills.models import Skill
from tests.api.conftest import make_skill
from tests.api.test_skills import LIST_KEYS, PAGE_KEYS
from tests.factories import CategoryFactory, SkillFactory, TagFactory

pytestmark = pytest.mark.django_db


def test_categories_count_published_skills_only(api):
    docs = CategoryFactory(key="documents", name="Documents", sort_order=1)
    empty = CategoryFactory(key="empty", name="Empty", sort_order=2)
    CategoryFactory(key="retired", is_active=False)
    make_skill("pdf-tools", category=docs)
    make_skill("pdf-signer", category=docs)
    SkillFactory(category=docs)  # pending: not counted
    body = api.get("/api/v1/taxonomy/categories").json()
    assert set(body) == PAGE_KEYS
    assert body["results"] == [
        {
            "id": docs.pk,
            "key": "documents",
            "name": "Documents",
            "description": "",
            "skill_count": 2,
        },
        {"id": empty.pk, "key": "empty", "name": "Empty", "description": "", "skill_count": 0},
    ]


def test_tags_with_counts_most_used_first(api):
    forms, pdf, unused = TagFactory(key="forms"), TagFactory(key="pdf"), TagFactory(key="unused")
    a, b = make_skill("pdf-tools"), make_skill("pdf-signer")
    a.tags.add(forms, pdf)
    b.tags.add(pdf)
    hidden = make_skill("hidden-one")
    hidden.tags.add(unused)
    Skill.objects.filter(pk=hidden.pk).update(status=Skill.Status.HIDDEN)
    body = api.get("/api/v1/taxonomy/tags").json()
    assert body["results"] == [
        {"key": "pdf", "name": "pdf", "skill_count": 2},
        {"key": "forms", "name": "forms", "skill_count": 1},
    ]


@pytest.mark.parametrize("url", ["/api/v1/taxonomy/categories", "/api/v1/taxonomy/tags"])
@pytest.mark.parametrize("count", [2, 25])
def test_taxonomy_lists_run_a_fixed_number_of_queries(
    api, django_assert_max_num_queries, url, count
):
    for n in range(count):
        category = CategoryFactory(key=f"c{n}")
        skill = make_skill(f"skill-{n}", category=category)
        skill.tags.add(TagFactory(key=f"t{n}"))
    with django_assert_max_num_queries(5):
        assert len(api.get(url, {"size": 100}).json()["results"]) == count


RANKING_KEYS = {
    "board",
    "category",
    "date",
    "previous_date",
    "is_live",
    "next",
    "previous",
    "results",
}
ENTRY_KEYS = {"rank", "score", "movement", "delta", "previous_rank", "skill"}


def _snapshot(day, board, skill, rank, score=1.0):
    SkillRankSnapshot.objects.create(date=day, board=board, skill=skill, rank=rank, score=score)


def test_rankings_come_from_the_latest_snapshot(api):
    a, b = make_skill("alpha"), make_skill("bravo")
    _snapshot(date(2026, 1, 1), "top", a, 1)
    _snapshot(date(2026, 1, 1), "top", b, 2)
    _snapshot(date(2026, 1, 2), "top", b, 1, 3.0)
    _snapshot(date(2026, 1, 2), "top", a, 2, 2.0)
    body = api.get("/api/v1/rankings", {"board": "top"}).json()
    assert set(body) == RANKING_KEYS
    assert body["date"] == "2026-01-02" and body["previous_date"] == "2026-01-01"
    assert body["is_live"] is False
    assert [set(e) for e in body["results"]] == [ENTRY_KEYS, ENTRY_KEYS]
    assert set(body["results"][0]["skill"]) == LIST_KEYS
    assert [(e["rank"], e["skill"]["name"], e["movement"]) for e in body["results"]] == [
        (1, "bravo", "up"),
        (2, "alpha", "down"),
    ]
    older = api.get("/api/v1/rankings", {"board": "top", "date": "2026-01-01"}).json()
    assert [e["skill"]["name"] for e in older["results"]] == ["alpha", "bravo"]


def test_category_board_and_hidden_skills(api):
    docs = CategoryFactory(key="documents")
    a, b = make_skill("alpha", category=docs), make_skill("bravo", category=docs)
    _snapshot(date(2026, 1, 2), "cat:documents", a, 1)
    _snapshot(date(2026, 1, 2), "cat:documents", b, 2)
    Skill.objects.filter(pk=a.pk).update(status=Skill.Status.HIDDEN)
    body = api.get("/api/v1/rankings", {"category": "documents"}).json()
    assert body["category"] == "documents"
    assert [e["skill"]["name"] for e in body["results"]] == ["bravo"]


@pytest.mark.parametrize(
    "params",
    [
        {"board": "best"},
        {"date": "someday"},
        {"date": "2999-01-01"},
        {"category": "Not A Slug!"},
        {"page": "0"},
        {"page": "x"},
        {"size": "0"},
        {"size": "101"},
        {"size": "many"},
    ],
)
def test_rankings_reject_invalid_parameters(api, params):
    response = api.get("/api/v1/rankings", params)
    assert response.status_code == 400
    assert set(response.json()["errors"]) == set(params)


def test_rankings_are_paged_by_page_and_size(api):
    skills = [make_skill(f"skill-{n}") for n in range(5)]
    for rank, skill in enumerate(skills, 1):
        _snapshot(date(2026, 1, 2), "top", skill, rank)
    first = api.get("/api/v1/rankings", {"size": 2}).json()
    assert [e["rank"] for e in first["results"]] == [1, 2] and first["previous"] is None
    second = api.get(first["next"]).json()
    assert [e["rank"] for e in second["results"]] == [3, 4]
    assert second["previous"].endswith("size=2")
    last = api.get(second["next"]).json()
    assert [e["rank"] for e in last["results"]] == [5] and last["next"] is None
    past = api.get("/api/v1/rankings", {"size": 2, "page": 4})
    assert past.status_code == 404


def test_a_date_before_any_snapshot_is_404_not_the_live_board(api, client):
    _snapshot(date(2026, 1, 2), "top", make_skill("alpha"), 1)
    assert api.get("/api/v1/rankings", {"date": "2026-01-05"}).json()["date"] == "2026-01-02"
    response = api.get("/api/v1/rankings", {"date": "2025-12-31"})
    assert response.status_code == 404 and "no snapshot" in response.content.decode()
    assert client.get("/rankings/", {"date": "2025-12-31"}).status_code == 404
    assert client.get("/rankings/", {"date": "2026-01-02"}).status_code == 200


def test_rankings_query_budget(api, django_assert_max_num_queries):
    tag = TagFactory(key="x")
    for n in range(30):
        skill = make_skill(f"skill-{n}")
        skill.tags.add(tag)
        _snapshot(date(2026, 1, 2), "trending", skill, n + 1)
    with django_assert_max_num_queries(5):
        body = api.get("/api/v1/rankings", {"board": "trending"}).json()
    assert len(body["results"]) == 30


def test_taxonomy_pages_are_cached_for_a_while(api, settings):
    docs = CategoryFactory(key="documents")
    make_skill("pdf-tools", category=docs)
    assert api.get("/api/v1/taxonomy/categories").json()["results"][0]["skill_count"] == 1
    make_skill("pdf-signer", category=docs)
    assert api.get("/api/v1/taxonomy/categories").json()["results"][0]["skill_count"] == 1
    settings.API_TAXONOMY_CACHE_SECONDS = 0
    assert api.get("/api/v1/taxonomy/categories").json()["results"][0]["skill_count"] == 2
