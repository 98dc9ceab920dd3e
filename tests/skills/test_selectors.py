import time

import pytest
import time_machine

from skills.models import SkillSortKey, installs_band
from skills.page_selectors import skill_neighbours
from skills.selectors import (
    COUNT_CAP,
    SORTS,
    SkillFilters,
    home_sections,
    is_cjk,
    query_normalize,
    query_terms,
    skill_search,
    skill_suggestions,
)
from tests.factories import (
    CategoryFactory,
    PublishedSkillFactory,
    SkillPopularityFactory,
    TagFactory,
)

pytestmark = pytest.mark.django_db


def names(qs):
    return [s.name for s in qs]


def test_search_finds_name_summary_description_and_body():
    PublishedSkillFactory(name="pdf-extract", description="Pulls text out of PDF files.")
    PublishedSkillFactory(
        name="csv-tools",
        description="Cleans spreadsheets.",
        publish__body="# Notes\n\nWorks with quarterly ledgers.\n",
    )
    PublishedSkillFactory(name="unrelated", description="Nothing here.")
    assert names(skill_search(query="pdf-extract")) == ["pdf-extract"]
    assert names(skill_search(query="spreadsheets")) == ["csv-tools"]
    assert names(skill_search(query="ledgers")) == ["csv-tools"]


def test_search_finds_tags():
    skill = PublishedSkillFactory(name="tagged")
    skill.tags.add(TagFactory(key="devops", name="DevOps"))
    from skills.search import search_index_update

    search_index_update(skill_ids=[skill.pk])
    PublishedSkillFactory(name="other")
    assert names(skill_search(query="devops")) == ["tagged"]


def test_unpublished_skills_are_never_listed():
    from tests.factories import SkillFactory

    SkillFactory(name="pending-one")
    assert names(skill_search(query="pending-one")) == []


def test_filters_combine():
    cat = CategoryFactory(key="docs")
    a = PublishedSkillFactory(
        name="a-skill", category=cat, repository_owner="acme", repository_name="kit"
    )
    a.has_scripts = True
    a.save()
    PublishedSkillFactory(name="b-skill", category=cat, publish__security_verdict="review")
    PublishedSkillFactory(name="c-skill")
    assert names(skill_search(filters=SkillFilters(category="docs"), sort="name")) == [
        "a-skill",
        "b-skill",
    ]
    assert names(skill_search(filters=SkillFilters(has_scripts=True))) == ["a-skill"]
    assert names(skill_search(filters=SkillFilters(verdict="review"))) == ["b-skill"]
    assert names(skill_search(filters=SkillFilters(source="ACME/kit"))) == ["a-skill"]
    assert names(skill_search(filters=SkillFilters(license="mit"), sort="name")) == [
        "a-skill",
        "b-skill",
        "c-skill",
    ]
    assert names(skill_search(filters=SkillFilters(spec_valid=False))) == []
    assert names(skill_search(filters=SkillFilters(verdict="unscanned"))) == []


def test_tag_filter_does_not_duplicate_rows():
    tag = TagFactory(key="x")
    s = PublishedSkillFactory(name="one")
    s.tags.add(tag, TagFactory(key="y"))
    assert names(skill_search(filters=SkillFilters(tag="x"))) == ["one"]


def test_every_sort_works_and_popular_is_default():
    low = PublishedSkillFactory(name="aaa")
    high = PublishedSkillFactory(name="zzz")
    SkillPopularityFactory(skill=high, installs_total=50, trending_score=3)
    SkillPopularityFactory(skill=low, installs_total=1)
    assert names(skill_search()) == ["zzz", "aaa"]
    for sort in (*SORTS, "bogus", ""):
        assert len(skill_search(query="", sort=sort)) == 2
    assert names(skill_search(sort="name")) == ["aaa", "zzz"]


def test_a_new_skill_has_sort_keys_and_is_listed_by_every_sort_before_any_ranking():
    ranked = PublishedSkillFactory(name="ranked")
    SkillPopularityFactory(skill=ranked, installs_total=9, trending_score=2)
    fresh = PublishedSkillFactory(name="fresh")  # no popularity yet
    assert SkillSortKey.objects.filter(skill=fresh, installs_total=0, trending_score=0).exists()
    assert names(skill_search(sort="popular")) == ["ranked", "fresh"]
    assert names(skill_search(sort="trending")) == ["ranked", "fresh"]
    assert [s.name for s in home_sections()["popular"]] == ["ranked", "fresh"]


def test_popular_and_trending_ties_go_to_stars_then_name():
    for name, stars in (("bravo", 5), ("alpha", 5), ("charlie", 9)):
        skill = PublishedSkillFactory(name=name, stars=stars)
        SkillPopularityFactory(skill=skill, installs_total=3, trending_score=1.5)
    assert names(skill_search(sort="popular")) == ["charlie", "alpha", "bravo"]
    assert names(skill_search(sort="trending")) == ["charlie", "alpha", "bravo"]


@pytest.mark.parametrize(
    ("installs", "band"), [(0, 0), (1, 2), (2, 3), (3, 4), (7, 6), (1023, 20), (-1, 0)]
)
def test_installs_band_grows_twice_per_doubling(installs, band):
    assert installs_band(installs) == band


def test_relevance_prefers_name_matches_and_popularity_blends_in():
    PublishedSkillFactory(name="helper", description="Formats a changelog for releases.")
    PublishedSkillFactory(name="changelog", description="Writes release notes.")
    assert names(skill_search(query="changelog"))[0] == "changelog"


def test_query_is_capped_and_terms_skip_operators():
    assert len(query_normalize("x" * 5000)) == 200
    assert query_terms('pdf -docx "extract text" OR ocr') == ["pdf", "extract", "text", "ocr"]
    assert is_cjk("日本語") and is_cjk("한국어") and not is_cjk("pdf")


def test_cjk_query_finds_skill():
    PublishedSkillFactory(name="translator", description="日本語のドキュメントを翻訳します。")
    PublishedSkillFactory(name="other")
    assert names(skill_search(query="ドキュメント")) == ["translator"]
    assert names(skill_search(query="翻訳")) == ["translator"]


def test_suggestions_find_close_names():
    PublishedSkillFactory(name="pdf-extract")
    PublishedSkillFactory(name="weather")
    assert names(skill_suggestions(query="pdf-extarct")) == ["pdf-extract"]
    assert skill_suggestions(query="") == []


@pytest.mark.postgres
def test_typo_search_finds_skill_on_postgres():
    PublishedSkillFactory(name="pdf-extract", description="Pulls text out of PDF files.")
    PublishedSkillFactory(name="weather")
    assert names(skill_search(query="pdf-extarct")) == ["pdf-extract"]


@pytest.mark.postgres
def test_websearch_syntax_on_postgres():
    PublishedSkillFactory(name="pdf-extract", description="Pulls text out of PDF files.")
    PublishedSkillFactory(name="pdf-merge", description="Joins PDF files.")
    assert names(skill_search(query="pdf -merge")) == ["pdf-extract"]


def test_neighbours_split_same_repository_and_related():
    cat = CategoryFactory(key="docs")
    me = PublishedSkillFactory(name="me", category=cat, repository_owner="o", repository_name="r")
    PublishedSkillFactory(name="sibling", repository_owner="o", repository_name="r")
    PublishedSkillFactory(name="cousin", category=cat, repository_owner="p", repository_name="q")
    PublishedSkillFactory(name="stranger", repository_owner="z", repository_name="z")
    from skills.page_selectors import skill_get

    me = skill_get(slug=me.slug)
    same, related = skill_neighbours(skill=me)
    assert names(same) == ["sibling"]
    assert names(related) == ["cousin"]


@pytest.mark.django_db
def test_catalogue_aggregates_are_cached_for_a_while(settings, django_assert_num_queries):
    from django.core.cache import cache

    from skills.selectors import catalogue_totals, categories_with_counts_cached, license_choices

    PublishedSkillFactory()
    first = (catalogue_totals(), categories_with_counts_cached(), license_choices())
    with django_assert_num_queries(0):
        assert (catalogue_totals(), categories_with_counts_cached(), license_choices()) == first
    PublishedSkillFactory()
    assert catalogue_totals()["skills"] == 1  # still the cached figure
    cache.clear()
    assert catalogue_totals()["skills"] == 1  # this process's copy, until it expires
    with time_machine.travel(time.time() + 301):
        assert catalogue_totals()["skills"] == 2
    settings.CATALOGUE_CACHE_SECONDS = 0
    PublishedSkillFactory()
    assert catalogue_totals()["skills"] == 3


@pytest.mark.django_db
def test_a_process_keeps_the_catalogue_aggregates_until_they_expire_in_the_cache(
    settings, django_assert_num_queries
):
    """A process reads the shared cache once per figure and keeps the value while the cache
    calls it fresh: no request after the first reads the cache, and no copy outlives
    CATALOGUE_CACHE_SECONDS after the figure was counted (issue #23)."""
    from unittest import mock

    from django.core.cache import cache

    from skills.selectors import catalogue_aggregates_forget, catalogue_totals

    settings.CATALOGUE_CACHE_SECONDS = 300
    PublishedSkillFactory()
    start = time.time()
    with time_machine.travel(start, tick=False):
        assert catalogue_totals()["skills"] == 1  # counted and stored at `start`
    PublishedSkillFactory()
    catalogue_aggregates_forget()  # another process: it reads the stored figure
    with time_machine.travel(start + 200, tick=False):
        assert catalogue_totals()["skills"] == 1
        with mock.patch.object(cache, "get") as read, django_assert_num_queries(0):
            assert catalogue_totals()["skills"] == 1
        read.assert_not_called()
    with time_machine.travel(start + 301, tick=False):  # no longer fresh: not kept here
        cache.clear()  # (a stale entry would be served while a thread recounts it)
        assert catalogue_totals()["skills"] == 2


def test_catalogue_aggregates_of_two_databases_sharing_a_cache_are_kept_apart(
    settings, monkeypatch
):
    # The benchmark's sizes share one Redis database: the 10,000-skill catalogue's figures
    # (its search tier: none) were read by the 100,000-skill one.
    from django.core.cache import cache
    from django.db import connection

    from skills.selectors import catalogue_totals

    settings.CATALOGUE_CACHE_SECONDS = 300
    cache.clear()
    PublishedSkillFactory()
    assert catalogue_totals()["skills"] == 1
    PublishedSkillFactory()
    assert catalogue_totals()["skills"] == 1  # cached
    monkeypatch.setitem(connection.settings_dict, "NAME", "another-catalogue")
    assert catalogue_totals()["skills"] == 2  # not the other database's figure


def test_the_key_ordered_lists_join_the_keys_and_their_counts_do_not():
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    PublishedSkillFactory()
    qs = skill_search(sort="popular")
    with CaptureQueriesContext(connection) as ctx:
        assert qs.order_by()[:COUNT_CAP].count() == 1
        assert len(list(qs[:20])) == 1
    count_sql, page_sql = (q["sql"] for q in ctx.captured_queries)
    assert "skillsortkey" not in count_sql
    assert '"skills_skillsortkey"."skill_id" IS NOT NULL' in page_sql


def test_category_get_reads_an_active_category_by_key_as_a_saved_instance():
    from skills.selectors import category_get

    active = CategoryFactory(key="docs", name="Docs", description="About docs")
    CategoryFactory(key="gone", is_active=False)
    found = category_get(key="docs")
    assert found == active and not found._state.adding
    assert (found.name, found.description, found.url) == ("Docs", "About docs", active.url)
    assert category_get(key="gone") is None and category_get(key="nope") is None
    assert category_get(key="docs").pk == active.pk  # the kept statement, again
