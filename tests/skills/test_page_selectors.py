"""The skill page's reads of one skill (skills.page_selectors): statements compiled once,
their rows made into the model instances the ORM's `select_related` and related managers
give (the same values, the same relations cached)."""

import pytest
from django.db.models import F

from rankings.models import SkillPopularity
from skills.models import Skill, SkillFile
from skills.page_selectors import _latest_reviewed_at, skill_get, version_files
from tests.factories import (
    CategoryFactory,
    PublishedSkillFactory,
    SkillPopularityFactory,
)

pytestmark = pytest.mark.django_db


def fields(instance) -> dict:
    if instance is None:
        return {}
    return {
        f.attname: getattr(instance, f.attname)
        for f in type(instance)._meta.concrete_fields
        if f.name != "search_vector"
    }


def orm_skill_get(*, slug, user=None, with_latest=True):
    """skill_get as the QuerySet it replaced wrote it."""
    related = ["category", "popularity"]
    qs = Skill.objects.visible_to(user).annotate(
        mirror_of_slug=F("mirror_of__slug"), derived_from_slug=F("derived_from__slug")
    )
    if with_latest:
        related.append("latest_version")
        qs = qs.annotate(latest_reviewed_at=_latest_reviewed_at())
    return qs.select_related(*related).defer("search_vector").filter(slug=slug).first()


def same_as_the_orm(slug, django_assert_num_queries, **kwargs):
    got, want = skill_get(slug=slug, **kwargs), orm_skill_get(slug=slug, **kwargs)
    assert fields(got) == fields(want)
    if want is None:
        return got
    with django_assert_num_queries(0):  # every relation the ORM joined is cached
        assert fields(got.category) == fields(want.category)
        try:
            popularity = got.popularity
        except Skill.popularity.RelatedObjectDoesNotExist:
            popularity = None
            with pytest.raises(Skill.popularity.RelatedObjectDoesNotExist):
                want.popularity  # noqa: B018
        else:
            assert fields(popularity) == fields(want.popularity)
            assert popularity.skill is got
        if kwargs.get("with_latest", True):
            assert fields(got.latest_version) == fields(want.latest_version)
            assert got.latest_reviewed_at == want.latest_reviewed_at
        assert (got.mirror_of_slug, got.derived_from_slug) == (
            want.mirror_of_slug,
            want.derived_from_slug,
        )
    return got


def test_skill_get_gives_the_instances_select_related_gave(django_assert_num_queries):
    origin = PublishedSkillFactory(name="origin")
    skill = PublishedSkillFactory(category=CategoryFactory(key="docs"), stars=12)
    Skill.objects.filter(pk=skill.pk).update(
        mirror_of=origin, derived_from=origin, derived_similarity=0.8, capabilities={"a": [1]}
    )
    SkillPopularityFactory(skill=skill, installs_total=40, breakdown=[{"rule": "x"}])
    got = same_as_the_orm(skill.slug, django_assert_num_queries)
    assert got.mirror_of_slug == origin.slug
    assert got.popularity.installs_total == 40
    same_as_the_orm(skill.slug, django_assert_num_queries, with_latest=False)


def test_skill_get_without_category_or_popularity(django_assert_num_queries):
    skill = PublishedSkillFactory(category=None)
    assert not SkillPopularity.objects.filter(skill=skill).exists()
    got = same_as_the_orm(skill.slug, django_assert_num_queries)
    assert got.category is None


def test_skill_get_shows_hidden_skills_to_staff_only_and_removed_ones_to_nobody(
    django_assert_num_queries, staff_user
):
    hidden, removed = PublishedSkillFactory(), PublishedSkillFactory()
    Skill.objects.filter(pk=hidden.pk).update(status=Skill.Status.HIDDEN)
    Skill.objects.filter(pk=removed.pk).update(status=Skill.Status.REMOVED)
    assert same_as_the_orm(hidden.slug, django_assert_num_queries) is None
    assert same_as_the_orm(hidden.slug, django_assert_num_queries, user=staff_user) is not None
    assert same_as_the_orm(removed.slug, django_assert_num_queries, user=staff_user) is None
    assert skill_get(slug="no/such/skill") is None


def test_version_files_are_the_related_managers(django_assert_num_queries):
    skill = PublishedSkillFactory()
    version = skill.latest_version
    for path, key in (("scripts/run.py", "k1"), ("SKILL.md", ""), ("assets/logo.png", "k2")):
        SkillFile.objects.create(
            version=version, path=path, size=len(path), sha256="0" * 64, storage_key=key
        )
    got, want = version_files(version=version), list(version.files.all())
    assert [fields(f) for f in got] == [fields(f) for f in want]
    assert [f.path for f in got] == ["SKILL.md", "assets/logo.png", "scripts/run.py"]
    with django_assert_num_queries(0):
        assert all(f.version is version for f in got)
    assert [f.is_stored for f in got] == [False, True, True]
