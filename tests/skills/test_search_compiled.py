"""A relevance search's ranking statements compiled once per shape (skills.search_compiled)
give the SQL and parameters the ORM compiles for that search, and its queryset is made
only when something reads its query (marketplace.querysets)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from skills import search_compiled, search_ranked, selectors
from skills.cards import card_rows, search_card_rows
from skills.models import Skill
from skills.selectors import COUNT_CAP, SkillFilters, capped_count, skill_search
from tests.factories import PublishedSkillFactory

# --- Shapes (no database) ---------------------------------------------------------------


def test_a_shape_binds_each_value_where_its_sentinel_landed():
    sentinels = search_compiled.SENTINELS

    def compile(values):
        return "SELECT %s, %s, %s, %s", ["simple", values["text"], 100, values["band"]]

    shape = search_compiled.shaped(("test", "two slots"), compile)

    assert shape.bind({"text": "pdf", "band": 7}) == (
        "SELECT %s, %s, %s, %s",
        ["simple", "pdf", 100, 7],
    )
    assert shape.params[1] == sentinels["text"]  # the compiled form keeps its sentinels
    assert search_compiled.shaped(("test", "two slots"), None) is shape  # compiled once


def test_a_value_written_into_the_sql_is_refused():
    def compile(values):
        return f"SELECT '{values['text']}'", []

    with pytest.raises(ValueError, match="written into its SQL"):
        search_compiled.shaped(("test", "inlined"), compile)


def test_a_statement_without_the_search_text_among_its_parameters_is_refused():
    with pytest.raises(ValueError, match="text not among the parameters"):
        search_compiled.shaped(("test", "no text"), lambda values: ("SELECT 1", [1]))


def test_a_value_the_statement_needs_is_found_in_the_adapters_wrapper_and_bound_in_it():
    class Wrapped(int):  # as psycopg's Int2, which Django prepares a small integer in
        pass

    def compile(values):
        return "SELECT %s, %s", [values["text"], Wrapped(values["band"])]

    shape = search_compiled.shaped(("test", "wrapped"), compile, needs=("text", "band"))
    _sql, params = shape.bind({"text": "pdf", "band": 7})

    assert params == ["pdf", 7] and type(params[1]) is Wrapped
    with pytest.raises(ValueError, match="length not among"):
        search_compiled.shaped(("test", "no length"), compile, needs=("text", "length"))


# --- Against the ORM (PostgreSQL) -------------------------------------------------------


def _catalogue():
    for n, name in enumerate(["pdf", "pdf-kit", "pdf-tools-extra", "reader", "kubernetes"]):
        skill = PublishedSkillFactory(name=name, description="Reads PDF files, review notes.")
        Skill.objects.filter(pk=skill.pk).update(installs_band=n * 2)


QUERIES = ["pdf", "PDF-Kit review", "kubernets", "pdf -merge", '"review notes"', "文档处理", "zzzz"]


@pytest.mark.django_db
@pytest.mark.postgres
@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("lifted", [False, True])
def test_every_ranking_statement_is_the_one_the_orm_compiles(query, lifted):
    _catalogue()
    ahead = skill_search(query=query).search_ahead
    ahead.band = 3 if lifted else None  # the tier's lift, as a broad search sets it
    for kind, statement in search_ranked._STATEMENTS.items():
        if lifted and kind == search_ranked._TIER_AND_BELOW:
            continue  # run before the band is known: never lifted
        ahead._found = ahead._ranked = None  # built again, with the band as it is now
        orm = statement(ahead.ranked, band=5)

        assert ahead._statement(kind, band=5) == orm


@pytest.mark.django_db
@pytest.mark.postgres
def test_a_search_counts_and_reads_its_first_pages_without_making_its_query(monkeypatch):
    _catalogue()
    made = []
    monkeypatch.setattr(selectors, "_RankedSlice", _counting(selectors._RankedSlice, made))
    qs = skill_search(query="pdf")

    count = capped_count(qs, COUNT_CAP)
    cards = search_card_rows(qs, 0, 2)
    more = search_card_rows(qs, 2, 4)

    assert not made and selectors.is_search(qs) and selectors.listed_count(qs) is None
    assert count == 5 == qs.order_by()[:COUNT_CAP].count()
    assert made  # read now: made
    assert cards + more == list(card_rows(qs)[0:4])
    assert capped_count(qs, 3) == 3
    derived = qs.filter(has_scripts=False)  # a later condition: no ranking of its own
    assert getattr(derived, "search_ahead", None) is None
    assert search_card_rows(derived, 0, 2) is None


@pytest.mark.django_db
@pytest.mark.postgres
def test_a_search_page_reads_its_cards_by_the_ranked_ids_in_one_statement():
    _catalogue()
    qs = skill_search(query="pdf review")
    expected = list(card_rows(skill_search(query="pdf review"))[1:3])

    with CaptureQueriesContext(connection) as ctx:
        rows = search_card_rows(qs, 1, 3)

    assert rows == expected and len(ctx.captured_queries) == 1
    assert "ts_rank" not in ctx.captured_queries[0]["sql"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "make",
    [
        lambda: skill_search(query="pdf", sort="stars"),
        lambda: skill_search(query="pdf", filters=SkillFilters(has_scripts=False)),
        lambda: skill_search(sort="name"),
    ],
)
def test_other_lists_have_no_cards_by_ranked_ids(make):
    _catalogue()

    assert search_card_rows(make(), 0, 2) is None


def _counting(cls, made: list):
    class Counting(cls):
        def __init__(self, *args, **kwargs):
            made.append(1)
            super().__init__(*args, **kwargs)

    return Counting
