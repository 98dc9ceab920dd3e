"""A category page's cards from a statement compiled once per sort and page.

A category's listing is `skills.selectors.skill_search` with the category as its only
filter and no query; its page of cards is `skills.cards.card_rows` of it. Built and compiled
by the ORM on every request, that statement cost a seventh of an uncached category page's
instructions (issue #23, sixth pass); here it is compiled once per sort and page
(`marketplace.statements.Statement`), the category's key its parameter. Its own module: it
needs both the selectors and the cards, and the selectors use the cards.
"""

from __future__ import annotations

from django.db import connections
from django.db.models import QuerySet

from marketplace.paging import DEFERRED_FROM
from marketplace.statements import Statement
from skills.cards import CARD_VALUES, _order_sql, card_rows
from skills.models import Category, Skill, SkillSortKey
from skills.selectors import _ORDERINGS, SkillFilters, skill_search


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
    order, on_keys = _order_sql(_ORDERINGS[sort])
    if on_keys and connections[qs.db].vendor == "postgresql":
        rows = _rows_on_keys(key, order=order, start=start, stop=stop, using=qs.db)
    else:
        rows = _CATEGORY_PAGE.rows(key, shape=(sort, start, stop), using=qs.db)
    return [dict(zip(CARD_VALUES, row, strict=True)) for row in rows]


#: A page of a category's listing in a sort-key order ("most installed", "trending"),
#: picked on the sort keys alone: their copies of the skill's status and category are kept
#: by triggers on PostgreSQL (migration 0019, as skills.neighbours reads them). The ORM's
#: statement walked the sort-key index and read each entry's wide skill row to check its
#: status and category (at 100,000 skills, "documents", most installed: 0.93 ms to run and
#: 0.57 to plan; this one 0.47 and 0.47, issue #23, session 15).
_ON_KEYS_SQL = (
    "SELECT s.id, s.slug, s.name, s.summary, s.security_verdict, s.repository_owner,"
    " s.repository_name, s.stars, s.has_scripts, p.installs_total, c.name"
    " FROM (SELECT k.skill_id, k.installs_total, k.trending_score, k.stars, k.name"
    " FROM {keys} k WHERE k.published AND k.category_id = (SELECT id FROM {category}"
    " WHERE key = %s) ORDER BY {order} LIMIT %s OFFSET %s) AS k"
    " INNER JOIN {skill} s ON s.id = k.skill_id INNER JOIN {category} c ON c.id = s.category_id"
    " LEFT OUTER JOIN {popularity} p ON p.skill_id = s.id ORDER BY {order}"
)


def _rows_on_keys(key: str, *, order: str, start: int, stop: int, using: str) -> list[tuple]:
    sql = _ON_KEYS_SQL.format(
        keys=SkillSortKey._meta.db_table,
        category=Category._meta.db_table,
        skill=Skill._meta.db_table,
        popularity=Skill.popularity.related.related_model._meta.db_table,
        order=order,
    )
    with connections[using].cursor() as cursor:
        cursor.execute(sql, [key, stop - start, start])
        return cursor.fetchall()
