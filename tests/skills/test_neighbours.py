"""The skill page's neighbours (skills.neighbours: one hand-written statement): which skills
are "more from this repository" and which are "related", in the listings' popular order."""

import pytest

from skills.models import Skill, SkillSortKey
from skills.page_selectors import skill_get, skill_neighbours
from tests.factories import CategoryFactory, PublishedSkillFactory, SkillFactory, TagFactory

pytestmark = pytest.mark.django_db


def names(links) -> list[str]:
    return [link.name for link in links]


def keyed(skill, installs: int, stars: int = 0):
    SkillSortKey.objects.update_or_create(
        skill=skill, defaults={"installs_total": installs, "stars": stars, "name": skill.name}
    )
    return skill


def test_same_repository_is_case_insensitive_published_and_not_the_skill_itself():
    me = PublishedSkillFactory(name="me", repository_owner="Acme", repository_name="Kit")
    keyed(PublishedSkillFactory(name="upper", repository_owner="ACME", repository_name="KIT"), 3)
    keyed(PublishedSkillFactory(name="lower", repository_owner="acme", repository_name="kit"), 5)
    hidden = PublishedSkillFactory(name="hidden", repository_owner="acme", repository_name="kit")
    Skill.objects.filter(pk=hidden.pk).update(status=Skill.Status.HIDDEN)
    keyed(PublishedSkillFactory(name="elsewhere", repository_owner="acme", repository_name="x"), 9)
    same, related = skill_neighbours(skill=skill_get(slug=me.slug))
    assert names(same) == ["lower", "upper"]  # most installed first
    assert related == []


def test_related_share_the_category_or_a_tag_and_leave_out_the_repository():
    cat, other_cat = CategoryFactory(key="docs"), CategoryFactory(key="misc")
    tag = TagFactory(key="pdf")
    me = PublishedSkillFactory(name="me", category=cat, repository_owner="o", repository_name="r")
    me.tags.add(tag)
    keyed(
        PublishedSkillFactory(
            name="sibling", category=cat, repository_owner="O", repository_name="r"
        ),
        1,
    )
    keyed(
        PublishedSkillFactory(
            name="same-category", category=cat, repository_owner="p", repository_name="q"
        ),
        2,
    )
    tagged = keyed(
        PublishedSkillFactory(
            name="same-tag", category=other_cat, repository_owner="p", repository_name="q"
        ),
        4,
        stars=1,
    )
    tagged.tags.add(tag)
    keyed(
        PublishedSkillFactory(
            name="tie-more-stars", category=cat, repository_owner="p", repository_name="q"
        ),
        4,
        stars=2,
    )
    keyed(
        PublishedSkillFactory(
            name="stranger", category=other_cat, repository_owner="z", repository_name="z"
        ),
        99,
    )
    same, related = skill_neighbours(skill=skill_get(slug=me.slug))
    assert names(same) == ["sibling"]
    assert names(related) == ["tie-more-stars", "same-tag", "same-category"]


def test_each_list_is_limited_and_a_skill_without_repository_has_no_siblings():
    cat = CategoryFactory(key="docs")
    loner = PublishedSkillFactory(
        name="loner", category=cat, repository_owner="", repository_name=""
    )
    PublishedSkillFactory(
        name="also-no-repo", category=cat, repository_owner="", repository_name=""
    )
    for i in range(4):
        keyed(
            PublishedSkillFactory(
                name=f"c{i}", category=cat, repository_owner="p", repository_name="q"
            ),
            i,
        )
    same, related = skill_neighbours(skill=skill_get(slug=loner.slug), limit=2)
    assert same == []
    assert names(related) == ["c3", "c2"]


def test_a_skill_with_no_category_and_no_tags_has_no_related_skills():
    me = PublishedSkillFactory(name="me", category=None, repository_owner="o", repository_name="r")
    PublishedSkillFactory(name="other", category=None, repository_owner="p", repository_name="q")
    same, related = skill_neighbours(skill=skill_get(slug=me.slug))
    assert same == [] and related == []


def copies(skill) -> tuple:
    return tuple(
        SkillSortKey.objects.filter(skill=skill).values_list(
            "published", "repository_owner_ci", "repository_name_ci", "category_id"
        )[0]
    )


@pytest.mark.postgres
def test_the_sort_keys_copies_follow_every_write_of_the_skill():
    cat, other = CategoryFactory(key="docs"), CategoryFactory(key="misc")
    skill = PublishedSkillFactory(repository_owner="Acme", repository_name="Kit", category=cat)
    assert copies(skill) == (True, "ACME", "KIT", cat.pk)  # save(): the key row comes after
    Skill.objects.filter(pk=skill.pk).update(status=Skill.Status.HIDDEN)  # a queryset update
    assert copies(skill) == (False, "ACME", "KIT", cat.pk)
    skill.refresh_from_db()
    skill.status, skill.repository_owner, skill.repository_name = "published", "beta", "Tools"
    skill.category = other
    skill.save()
    assert copies(skill) == (True, "BETA", "TOOLS", other.pk)
    other.delete()  # SET_NULL on the skills
    assert copies(skill) == (True, "BETA", "TOOLS", None)
    # A key row written again (as a rankings run adds a missing one), or saved as an
    # instance with other values: the copies are read from the skill.
    SkillSortKey.objects.filter(skill=skill).delete()
    SkillSortKey.objects.bulk_create([SkillSortKey(skill=skill, installs_total=3)])
    assert copies(skill) == (True, "BETA", "TOOLS", None)
    key = SkillSortKey.objects.get(skill=skill)
    key.published, key.repository_owner_ci, key.category_id = False, "X", cat.pk
    key.save()
    assert copies(skill) == (True, "BETA", "TOOLS", None)
    assert SkillSortKey.objects.get(skill=skill).installs_total == 3


@pytest.mark.postgres
def test_a_key_row_written_before_its_skill_gets_the_copies_when_the_skill_comes():
    from django.db import transaction

    template = SkillFactory.build(
        status=Skill.Status.PUBLISHED, repository_owner="Acme", repository_name="Kit"
    )
    with transaction.atomic():  # the foreign key is checked at the commit
        SkillSortKey.objects.bulk_create([SkillSortKey(skill_id=template.pk)])
        Skill.objects.bulk_create([template])  # no save(): as seed_scale's COPY
    assert copies(template) == (True, "ACME", "KIT", None)


@pytest.mark.postgres
def test_on_the_sort_keys_copies_the_neighbours_are_those_read_from_the_skills():
    cats = [CategoryFactory(key=f"c{i}") for i in range(3)]
    tags = [TagFactory(key=f"t{i}") for i in range(4)]
    skills = []
    for i in range(40):
        skill = PublishedSkillFactory(
            name=f"s{i:02d}",
            category=cats[i % 3] if i % 7 else None,
            repository_owner=["acme", "ACME", "beta", ""][i % 4],
            repository_name=["kit", "Kit", "kit", ""][i % 4],
        )
        skill.tags.add(*tags[i % 4 : i % 4 + (i % 3)])
        keyed(skill, installs=(i * 7) % 11, stars=i % 3)
        skills.append(skill)
    Skill.objects.filter(pk__in=[s.pk for s in skills[::5]]).update(status=Skill.Status.HIDDEN)
    from skills.neighbours import skill_neighbours as neighbours

    shown = 0
    for skill in skills:
        me = Skill.objects.get(pk=skill.pk)
        on_keys = neighbours(skill=me, limit=4, on_keys=True)
        assert on_keys == neighbours(skill=me, limit=4, on_keys=False)
        shown += len(on_keys[0]) + len(on_keys[1])
    assert shown > 200  # most skills have both lists, four each
