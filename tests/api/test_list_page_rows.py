"""An API list page's rows (skills.api.rows.ListPageRows): a relevance search whose count
ranked its first ids reads its page by those ids; every other list reads its page through
its own statement. Both give the rows that statement gives, in its order."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from skills.api.rows import ListPageRows
from skills.api.serializers import skill_list_rows
from skills.models import Skill
from skills.selectors import COUNT_CAP, SkillFilters, skill_search
from tests.factories import PublishedSkillFactory, SkillPopularityFactory

pytestmark = pytest.mark.django_db


def _catalogue():
    for n in range(30):
        name = f"pdf-tool-{n % 7}" if n % 3 else "pdf"  # equal names: the order's ties
        skill = PublishedSkillFactory(
            name=name,
            slug=f"acme/repo-{n}/{name}",
            description="Reads PDF files." if n % 2 else "Merges PDF and review notes.",
        )
        SkillPopularityFactory(skill=skill, installs_total=n % 4)
    Skill.objects.filter(name="pdf-tool-3").update(installs_band=5)


def _page(queryset, start, stop):
    queryset.order_by()[:COUNT_CAP].count()  # as the paginator does first
    with CaptureQueriesContext(connection) as ctx:
        rows = ListPageRows(queryset)[start:stop]
    return rows, [q["sql"] for q in ctx.captured_queries]


@pytest.mark.postgres
@pytest.mark.parametrize(("start", "stop"), [(0, 20), (10, 20), (0, 100), (20, 30)])
def test_a_ranked_search_page_is_read_by_its_ids_in_the_search_order(start, stop):
    _catalogue()

    rows, sql = _page(skill_search(query="pdf review"), start, stop)
    expected = list(skill_list_rows(skill_search(query="pdf review"))[start:stop])

    assert rows == expected and rows
    assert len(sql) == 1 and "ts_rank" not in sql[0]


@pytest.mark.postgres
def test_a_skill_unpublished_after_the_count_is_left_out_as_the_search_would():
    _catalogue()
    queryset = skill_search(query="pdf")
    queryset.order_by()[:COUNT_CAP].count()
    first = ListPageRows(queryset)[0:5]
    Skill.objects.filter(pk=first[1]["pk"]).update(status=Skill.Status.HIDDEN)

    assert ListPageRows(queryset)[0:5] == [first[0], *first[2:]]


@pytest.mark.parametrize(
    "queryset",
    [
        lambda: skill_search(query="pdf", sort="stars"),
        lambda: skill_search(query="pdf", filters=SkillFilters(has_scripts=False)),
        lambda: skill_search(sort="name"),
    ],
)
def test_other_lists_read_their_page_through_their_own_statement(queryset):
    _catalogue()

    rows, _sql = _page(queryset(), 2, 12)

    assert rows == list(skill_list_rows(queryset())[2:12])
