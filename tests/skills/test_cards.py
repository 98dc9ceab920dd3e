"""Listing cards (skills.cards): rows written out in Python (cards_render), escaped as Django
escapes, translated, with a page's tags in one statement."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from skills.cards import card_rows, cards_from_rows, cards_listed, cards_render
from skills.models import Skill
from skills.selectors import _ORDERINGS, _ordered
from tests.factories import (
    CategoryFactory,
    PublishedSkillFactory,
    SkillFactory,
    SkillPopularityFactory,
    TagFactory,
)

pytestmark = pytest.mark.django_db


def test_cards_escape_every_value_as_django_templates_do(client):
    skill = PublishedSkillFactory(
        name="pdf-\"quoted\"-'x'",
        description="Reads <b>PDF</b> & \"more\" 'stuff'.",
        repository_owner="o'wner",
        repository_name='r"epo',
    )
    category = CategoryFactory(key="docs", name="Docs & 'Notes' <i>")
    Skill.objects.filter(pk=skill.pk).update(category=category)  # save() would drop its index
    skill.tags.add(TagFactory(key="amp", name="a&b<'\">"))
    html = client.get("/skills/", {"q": "pdf"}).content.decode()
    assert "<mark>pdf</mark>-&quot;quoted&quot;-&#x27;x&#x27;" in html
    assert (
        "Reads &lt;b&gt;<mark>PDF</mark>&lt;/b&gt; &amp; &quot;more&quot; &#x27;stuff&#x27;."
        in html
    )
    assert '<p class="card-repo"><bdi>o&#x27;wner/r&quot;epo</bdi></p>' in html
    assert '<span class="chip">Docs &amp; &#x27;Notes&#x27; &lt;i&gt;</span>' in html
    assert '<span class="chip chip-muted">#a&amp;b&lt;&#x27;&quot;&gt;</span>' in html
    assert "<i>" not in html.split('id="results"', 1)[1]


def test_search_cards_show_the_first_three_tags_by_key_and_home_cards_none(client):
    skill = PublishedSkillFactory(name="tagged")
    skill.tags.add(*(TagFactory(key=k) for k in ("delta", "alpha", "charlie", "bravo")))
    results = client.get("/skills/", {"q": "tagged"}).content.decode()
    chips = results.split('id="results"', 1)[1].split("</footer>", 1)[0]
    assert chips.count("chip chip-muted") == 3
    assert chips.index("#alpha") < chips.index("#bravo") < chips.index("#charlie")
    assert "#delta" not in chips
    assert "#alpha" not in client.get("/").content.decode()


def test_cards_count_installs_and_stars_in_the_visitors_language(client):
    skill = PublishedSkillFactory(name="counted")
    Skill.objects.filter(pk=skill.pk).update(stars=1500, has_scripts=True)
    SkillPopularityFactory(skill=skill, installs_total=25_000)
    english = client.get("/skills/", {"q": "counted"}).content.decode()
    assert '<span title="Installs">' in english and "25k</span>" in english
    assert "1.5k</span>" in english and ">scripts</span>" in english
    korean = client.get("/skills/", {"q": "counted", "lang": "ko"}).content.decode()
    assert '<span title="설치 수">' in korean and "2.5만</span>" in korean
    assert ">스크립트</span>" in korean


def test_a_skill_never_ranked_shows_no_installs_and_no_category_chip():
    PublishedSkillFactory(name="fresh")
    cards = cards_from_rows(card_rows(Skill.objects.published()))
    assert cards[0].installs == 0 and cards[0].category_name is None
    html = cards_render(cards)
    assert '<span class="chip">' not in html
    assert "</svg>\n0</span>" in html


def test_a_page_of_cards_reads_its_tags_in_one_statement():
    for i in range(5):
        PublishedSkillFactory(name=f"s{i}").tags.add(TagFactory(key=f"t{i}"), TagFactory(key="x"))
    rows = list(card_rows(Skill.objects.published().order_by("name")))
    with CaptureQueriesContext(connection) as queries:
        cards = cards_from_rows(rows, with_tags=True)
    assert len(queries) == 1
    assert [c.tag_names for c in cards] == [[f"t{i}", "x"] for i in range(5)]


def test_the_home_lists_from_one_statement_are_the_orms_lists():
    category = CategoryFactory(key="docs", name="Docs")
    now = timezone.now()
    for i in range(9):
        skill = PublishedSkillFactory(
            name=f"s{i % 4}", slug=f"example/repo/s{i}", has_scripts=bool(i % 2)
        )
        Skill.objects.filter(pk=skill.pk).update(
            first_seen_at=now - timedelta(days=i % 3),  # ties, broken by name then id
            stars=i % 2,
            category=category if i % 3 else None,
        )
        if i % 4:  # some never ranked: no installs, still listed by their sort keys
            SkillPopularityFactory(skill=skill, installs_total=i % 3, trending_score=i % 2)
    SkillFactory(name="s0-pending")  # not published: never listed
    orderings = {"trending": "trending", "newest": "new", "popular": "popular"}
    with CaptureQueriesContext(connection) as queries:
        lists = cards_listed({k: _ORDERINGS[v] for k, v in orderings.items()}, limit=6)
    assert len(queries) == 1
    for key, sort in orderings.items():
        orm = cards_from_rows(card_rows(_ordered(Skill.objects.published(), sort))[:6])
        assert lists[key] == orm and len(orm) == 6


def test_a_category_pages_compiled_statement_gives_the_orms_rows():
    from skills.category_page import category_page_rows
    from skills.selectors import SORTS, SkillFilters, skill_search

    docs, other = CategoryFactory(key="docs", name="Docs"), CategoryFactory(key="other")
    now = timezone.now()
    for i in range(11):
        skill = PublishedSkillFactory(name=f"s{i % 4}", slug=f"example/repo/c{i}")
        Skill.objects.filter(pk=skill.pk).update(
            first_seen_at=now - timedelta(days=i % 3),
            last_changed_at=now - timedelta(days=i % 2),
            stars=i % 3,
            category=docs if i % 4 else other,
        )
        SkillPopularityFactory(skill=skill, installs_total=i % 3, trending_score=i % 2)
    for key in ("docs", "other", "none"):
        for sort in [*(s for s in SORTS if s != "relevance"), ""]:
            for start, stop in ((0, 3), (3, 6), (6, 24)):
                qs = skill_search(filters=SkillFilters(category=key), sort=sort)
                rows = category_page_rows(qs, start, stop)
                assert rows == list(card_rows(qs)[start:stop]), (key, sort, start)
    assert len(category_page_rows(skill_search(filters=SkillFilters(category="docs")), 0, 24)) == 8
    # Any other listing is the ORM's: another filter, a query, a page read ids-first
    filtered = skill_search(filters=SkillFilters(category="docs", has_scripts=True))
    assert category_page_rows(filtered, 0, 24) is None
    assert (
        category_page_rows(skill_search(query="s1", filters=SkillFilters(category="docs")), 0, 3)
        is None
    )
    assert category_page_rows(skill_search(filters=SkillFilters(category="docs")), 200, 224) is None
    empty = skill_search(filters=SkillFilters(category="none"))
    assert category_page_rows(empty, 0, 0) is None and list(card_rows(empty)[0:0]) == []
