import pytest

from marketplace import paging
from marketplace.paging import page_rows
from skills.selectors import SORTS, skill_search
from tests.factories import PublishedSkillFactory, SkillPopularityFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue():
    for n in range(30):
        skill = PublishedSkillFactory(
            name=f"tool-{n:02d}", stars=n % 4, description="formats tables"
        )
        SkillPopularityFactory(skill=skill, installs_total=n % 7, trending_score=(n % 5) / 2)


@pytest.mark.parametrize("sort", SORTS)
def test_a_deep_page_read_ids_first_is_the_slice(catalogue, monkeypatch, sort):
    monkeypatch.setattr(paging, "DEFERRED_FROM", 5)
    qs = skill_search(query="tables" if sort == "relevance" else "", sort=sort).prefetch_related(
        "tags"
    )
    assert [s.pk for s in page_rows(qs, 10, 20)] == [s.pk for s in qs[10:20]]
    assert [s.pk for s in page_rows(qs, 25, 40)] == [
        s.pk for s in qs[25:40]
    ]  # the last, short page


def test_a_deep_page_costs_one_more_query_and_no_join_per_skipped_row(
    catalogue, monkeypatch, django_assert_num_queries
):
    monkeypatch.setattr(paging, "DEFERRED_FROM", 5)
    qs = skill_search(sort="popular")
    with django_assert_num_queries(1):
        page_rows(qs, 0, 10)  # a first page: one statement
    with django_assert_num_queries(2) as ctx:
        rows = page_rows(qs, 10, 20)
    ids_sql = ctx.captured_queries[0]["sql"]
    assert "skills_category" not in ids_sql and "rankings_skillpopularity" not in ids_sql
    assert all(row.category_id is None or row.category for row in rows)  # cards whole


def test_web_and_api_deep_pages_follow_the_order(client, catalogue, monkeypatch):
    monkeypatch.setattr(paging, "DEFERRED_FROM", 5)
    expected = [s.slug for s in skill_search(sort="name")[10:20]]
    body = client.get("/api/v1/skills", {"sort": "name", "size": 10, "page": 2}).json()
    assert [row["slug"] for row in body["results"]] == expected
