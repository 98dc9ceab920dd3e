"""The skill page's neighbours (skills.neighbours: one hand-written statement): which skills
are "more from this repository" and which are "related", in the listings' popular order."""

import pytest

from skills.models import Skill, SkillSortKey
from skills.page_selectors import skill_get, skill_neighbours
from tests.factories import CategoryFactory, PublishedSkillFactory, TagFactory

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
