"""PreparedRows: a statement compiled once gives what its queryset gives, call after call."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from marketplace.prepared import MARKER, PreparedRows
from skills.models import SkillVersion
from tests.factories import PublishedSkillFactory, SkillVersionFactory

pytestmark = pytest.mark.django_db

VERSIONS = PreparedRows(
    lambda skill_id: (
        SkillVersion.objects.filter(skill_id=skill_id)
        .order_by("-created_at", "content_hash")
        .values_list("id", "content_hash", "created_at", "frontmatter")
    )
)


def test_rows_are_the_querysets_rows_with_its_types_for_each_id():
    skills = [PublishedSkillFactory(), PublishedSkillFactory()]
    SkillVersionFactory(skill=skills[0], frontmatter={"a": [1, "x"]})
    for skill in skills * 2:  # compiled on the first call, reused after
        expected = list(VERSIONS.build(skill.pk))
        assert VERSIONS.rows(skill.pk) == expected and expected
    assert VERSIONS.rows(MARKER) == []


def test_a_call_runs_one_statement_and_compiles_nothing():
    skill = PublishedSkillFactory()
    VERSIONS.rows(skill.pk)
    with CaptureQueriesContext(connection) as queries:
        VERSIONS.rows(skill.pk)
    assert len(queries) == 1 and str(skill.pk.hex) in queries[0]["sql"].replace("-", "")


def test_a_statement_without_the_id_is_refused():
    broken = PreparedRows(lambda skill_id: SkillVersion.objects.values_list("id"))
    with pytest.raises(ValueError):
        broken.rows(MARKER)
