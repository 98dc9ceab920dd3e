"""A category page's cards from a statement compiled once per sort and page.

A category's listing is `skills.selectors.skill_search` with the category as its only
filter and no query; its page of cards is `skills.cards.card_rows` of it. Built and compiled
by the ORM on every request, that statement cost a seventh of an uncached category page's
instructions (issue #23, sixth pass); here it is compiled once per sort and page
(`marketplace.statements.Statement`), the category's key its parameter. Its own module: it
needs both the selectors and the cards, and the selectors use the cards.
"""

from __future__ import annotations

from django.db.models import QuerySet

from marketplace.paging import DEFERRED_FROM
from marketplace.statements import Statement
from skills.cards import CARD_VALUES, card_rows
from skills.models import Category, Skill
from skills.selectors import SkillFilters, skill_search


def _category_page_queryset(shape: tuple, category_key: str) -> QuerySet:
    sort, start, stop = shape
    return card_rows(skill_search(filters=SkillFilters(category=category_key), sort=sort))[
        start:stop
    ]


#: A category page's cards: `card_rows` of its listing, compiled once per sort and page
#: (marketplace.statements), the category's key the parameter.
_CATEGORY_PAGE = Statement(Skill, _category_page_queryset, Category._meta.get_field("key"))


def category_page_rows(qs: QuerySet[Skill], start: int, stop: int) -> list[dict] | None:
    """`list(card_rows(qs)[start:stop])` for a category's listing (`skill_search` with the
    category as its only filter and no query, as `selectors.listed_count` recognises it),
    from a statement compiled once per sort and page instead of building and compiling the
    ORM's statement on every request (a seventh of an uncached category page's instructions,
    issue #23, sixth pass); None for any other queryset, and for pages read ids-first
    (`marketplace.paging`)."""
    listing = getattr(getattr(qs, "query", None), "category_listing", None)
    if listing is None or len(qs.query.where.children) != listing[1]:
        return None
    if stop <= start or start >= DEFERRED_FROM:  # an empty page (no SQL); read ids-first
        return None
    key, _conditions, sort = listing
    rows = _CATEGORY_PAGE.rows(key, shape=(sort, start, stop), using=qs.db)
    return [dict(zip(CARD_VALUES, row, strict=True)) for row in rows]
