"""marketplace.statements: a statement compiled once gives, for any parameter values, the
rows its QuerySet gives (the same Python values: JSON, date-times, UUIDs, booleans)."""

import pytest

from marketplace.statements import Statement
from skills.models import Skill
from tests.factories import PublishedSkillFactory, SkillFactory

pytestmark = pytest.mark.django_db

COLUMNS = ("pk", "slug", "capabilities", "first_seen_at", "is_spec_valid", "latest_version_id")


def _skills(shape, slug):
    qs = Skill.objects.filter(slug=slug)
    if shape == "published":
        qs = qs.filter(status=Skill.Status.PUBLISHED)
    return qs.order_by().values_list(*COLUMNS)


def test_a_compiled_statement_gives_the_rows_of_its_queryset_for_new_values(
    django_assert_num_queries,
):
    statement = Statement(Skill, _skills, Skill._meta.get_field("slug"))
    first = PublishedSkillFactory(name="first")
    second = SkillFactory(name="second", capabilities={"scripts": 2, "nested": [1, {"a": None}]})

    for skill in (first, second, first):
        for shape in (None, "published"):
            with django_assert_num_queries(1):
                rows = statement.rows(skill.slug, shape=shape)
            assert rows == list(_skills(shape, skill.slug))
    assert statement.rows(second.slug) == [
        (
            second.pk,
            second.slug,
            {"scripts": 2, "nested": [1, {"a": None}]},
            second.first_seen_at,
            False,
            None,
        )
    ]
    assert statement.rows(second.slug, shape="published") == []
    assert statement.rows("no/such/skill") == []


def test_a_statement_is_compiled_once_per_database_and_shape():
    statement = Statement(Skill, _skills, Skill._meta.get_field("slug"))
    statement.rows("a/b/c")
    statement.rows("d/e/f")
    statement.rows("a/b/c", shape="published")

    assert set(statement._compiled) == {("default", None), ("default", "published")}


def test_a_statement_refuses_a_wrong_number_of_values():
    statement = Statement(Skill, _skills, Skill._meta.get_field("slug"))

    with pytest.raises(TypeError):
        statement.rows("a/b/c", "extra")


def test_a_statement_whose_parameter_is_not_one_placeholder_is_refused():
    def twice(_shape, slug):
        return Skill.objects.filter(slug=slug, name=slug).values_list("pk")

    statement = Statement(Skill, twice, Skill._meta.get_field("slug"))

    with pytest.raises(ValueError, match="found 2 times"):
        statement.rows("a/b/c")


def test_a_statement_gives_its_sql_and_parameters_as_the_queryset_does():
    statement = Statement(Skill, _skills, Skill._meta.get_field("slug"))

    sql, params, _compiled = statement.sql("a/b/c", shape="published")

    expected_sql, expected_params = _skills("published", "a/b/c").query.sql_with_params()
    assert (sql, params) == (expected_sql, list(expected_params))
