"""A queryset made later (marketplace.querysets): no query until one is read, then the
query of the queryset it was made from, for everything a QuerySet does."""

import pytest

from skills.models import Skill, SkillQuerySet
from tests.factories import PublishedSkillFactory

pytestmark = pytest.mark.django_db


def test_the_query_is_made_when_first_read_and_only_once():
    PublishedSkillFactory(name="alpha")
    PublishedSkillFactory(name="beta")
    calls = []

    def make():
        calls.append(1)
        return Skill.objects.published().filter(name="beta")

    qs = SkillQuerySet.made_later(Skill, make)

    assert calls == [] and qs.db == "default"
    assert [s.name for s in qs] == ["beta"]
    assert qs.count() == 1 and qs.exists() and list(qs.values_list("name", flat=True)) == ["beta"]
    assert calls == [1]


def test_only_querysets_of_instances_are_made_later():
    qs = SkillQuerySet.made_later(Skill, lambda: Skill.objects.values("name"))

    with pytest.raises(TypeError, match="model instances"):
        list(qs)


def test_querysets_derived_from_it_are_ordinary_querysets():
    PublishedSkillFactory(name="alpha")
    PublishedSkillFactory(name="beta")
    qs = SkillQuerySet.made_later(Skill, lambda: Skill.objects.published().order_by("name"))

    assert [s.name for s in qs.filter(name__startswith="b")] == ["beta"]
    assert [s.name for s in qs[:1]] == ["alpha"] and qs.order_by()[:5].count() == 2
    assert [s.name for s in qs] == ["alpha", "beta"]


def test_a_query_set_before_it_is_read_replaces_the_one_to_make():
    PublishedSkillFactory(name="alpha")
    qs = SkillQuerySet.made_later(Skill, lambda: pytest.fail("made"))

    qs.query = Skill.objects.filter(name="alpha").query

    assert [s.name for s in qs] == ["alpha"]
