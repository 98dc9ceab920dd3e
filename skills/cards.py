"""Skill cards of the listings (home, search, category, tag and repository pages), built
from plain rows and rendered by one Jinja2 template.

A listing shows up to 24 cards. Built the general way (a model instance per skill, its
category and popularity, prefetched Tag instances, then a Django `{% include %}` per card
with a dozen filters and tags) the cards were about half of an uncached search page's
CPU (issue #23). Here a page's cards are one `values()` statement (the card's columns and
the two joined values, no model instances), one statement for their tags when the page
shows them, and one render of `jinja2/partials/skill_cards.html`, which loops over the
cards itself: Jinja2 compiles a template to Python, where Django's template language
walks a node tree per card (docs/BENCHMARKS.md, "Issue #23": the measured difference).

The markup is the one the Django card template had, byte for byte: the Jinja2
environment (`marketplace.jinja2`) escapes with Django's `conditional_escape`, and the
filters are the same functions.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from django.db import connections, router
from django.db.models import QuerySet
from django.template import engines
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, gettext

from marketplace.jinja2 import django_escape, memo_per_render
from skills.models import (
    Category,
    Skill,
    SkillSortKey,
    Tag,
    repository_full_name,
    skill_url,
)
from skills.templatetags.skills_tags import compact_in, verdict_text

#: The columns a card shows (`values()` names), joins included.
CARD_VALUES = (
    "pk",
    "slug",
    "name",
    "summary",
    "security_verdict",
    "repository_owner",
    "repository_name",
    "stars",
    "has_scripts",
    "popularity__installs_total",
    "category__name",
)
TAGS_PER_CARD = 3
TEMPLATE = "partials/skill_cards.html"
FILTER_OPTIONS_TEMPLATE = "partials/filter_options.html"


@dataclass(slots=True)
class SkillCard:
    """What one card shows: a skill's listing fields, no model instance."""

    pk: uuid.UUID
    slug: str
    name: str
    summary: str
    security_verdict: str
    repository_owner: str
    repository_name: str
    stars: int
    has_scripts: bool
    installs: int
    category_name: str | None
    tag_names: list[str] = field(default_factory=list)

    @property
    def url(self) -> str:
        return skill_url(self.slug)

    @property
    def repository_full_name(self) -> str:
        return repository_full_name(self.repository_owner, self.repository_name)


#: The columns of a link to a skill (the skill page's neighbours).
LINK_VALUES = ("pk", "slug", "name", "summary", "repository_owner", "repository_name")


@dataclass(slots=True)
class SkillLink:
    """A link to a skill with its summary (the skill page's "more from this repository"
    and "related skills"), from a `values(*LINK_VALUES)` row."""

    pk: uuid.UUID
    slug: str
    name: str
    summary: str
    repository_owner: str
    repository_name: str

    @property
    def url(self) -> str:
        return skill_url(self.slug)


_LISTED_SQL = (
    "SELECT * FROM (SELECT %s AS side, ROW_NUMBER() OVER (ORDER BY {order}) AS position,"
    " s.id, s.slug, s.name, s.summary, s.security_verdict, s.repository_owner,"
    " s.repository_name, s.stars, s.has_scripts, p.installs_total, c.name"
    " FROM {skill} s {keys}LEFT OUTER JOIN {popularity} p ON p.skill_id = s.id"
    " LEFT OUTER JOIN {category} c ON c.id = s.category_id"
    " WHERE s.status = %s ORDER BY {order} LIMIT %s) AS side{side}"
)


def _order_sql(ordering: Sequence[str]) -> tuple[str, bool]:
    """(ORDER BY text, uses the sort keys) of a listing order given as the ORM's field names
    (`selectors._ORDERINGS`: `-field`, `sort_key__field`, `pk`)."""
    terms, keys = [], False
    for name in ordering:
        field = name.lstrip("-")
        if field.startswith("sort_key__"):
            column, keys = f"k.{field.removeprefix('sort_key__')}", True
        else:
            column = "s.id" if field == "pk" else f"s.{Skill._meta.get_field(field).column}"
        terms.append(f"{column} {'DESC' if name.startswith('-') else 'ASC'}")
    return ", ".join(terms), keys


def cards_listed(orderings: dict[str, Sequence[str]], *, limit: int) -> dict[str, list[SkillCard]]:
    """{name: the first `limit` published skills' cards in that order}, every list from one
    hand-written statement (the home page's three lists: three ORM statements cost more
    CPU to build and compile than to run, issue #23, fourth pass). An order on the sort
    keys reads the skills that have them, as `selectors._ordered` does."""
    connection = connections[router.db_for_read(Skill)]
    parts, params = [], []
    for side, ordering in enumerate(orderings.values()):
        order, keys = _order_sql(ordering)
        parts.append(
            _LISTED_SQL.format(
                order=order,
                side=side,
                skill=Skill._meta.db_table,
                keys=f"INNER JOIN {SkillSortKey._meta.db_table} k ON k.skill_id = s.id "
                if keys
                else "",
                popularity=_POPULARITY,
                category=Category._meta.db_table,
            )
        )
        params += [side, Skill.Status.PUBLISHED.value, limit]
    sql = f"SELECT * FROM ({' UNION ALL '.join(parts)}) AS listed ORDER BY side, position"  # noqa: S608 - constants
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    lists: list[list[SkillCard]] = [[] for _ in orderings]
    for (
        side,
        _position,
        pk,
        slug,
        name,
        summary,
        verdict,
        owner,
        repo,
        stars,
        scripts,
        installs,
        category,
    ) in rows:
        lists[side].append(
            SkillCard(
                pk=pk if isinstance(pk, uuid.UUID) else uuid.UUID(pk),  # SQLite: hex text
                slug=slug,
                name=name,
                summary=summary,
                security_verdict=verdict,
                repository_owner=owner,
                repository_name=repo,
                stars=stars,
                has_scripts=bool(scripts),
                installs=installs or 0,
                category_name=category,
            )
        )
    return dict(zip(orderings, lists, strict=True))


def card_rows(qs: QuerySet[Skill]) -> QuerySet:
    """`qs` (its filters and order kept) as rows of the card's columns (dicts)."""
    return qs.values(*CARD_VALUES)


def cards_from_rows(
    rows: Iterable[dict], *, with_tags: bool = False, using=None
) -> list[SkillCard]:
    """Cards of `card_rows` rows, in their order; with `with_tags`, each card's first tags
    (by key, as the skill page lists them), fetched in one statement."""
    cards = [
        SkillCard(
            pk=row["pk"],
            slug=row["slug"],
            name=row["name"],
            summary=row["summary"],
            security_verdict=row["security_verdict"],
            repository_owner=row["repository_owner"],
            repository_name=row["repository_name"],
            stars=row["stars"],
            has_scripts=row["has_scripts"],
            installs=row["popularity__installs_total"] or 0,
            category_name=row["category__name"],
        )
        for row in rows
    ]
    if with_tags and cards:
        tags = card_tags([c.pk for c in cards], using=using)
        for card in cards:
            card.tag_names = tags.get(card.pk, [])
    return cards


_SKILL_TAGS = Skill.tags.through._meta.db_table
_POPULARITY = Skill.popularity.related.related_model._meta.db_table
_TAG = Tag._meta.db_table
_CARD_TAGS_SQL = (
    "SELECT st.skill_id, t.name FROM {through} st INNER JOIN {tag} t ON t.id = st.tag_id"
    " WHERE st.skill_id IN ({marks}) ORDER BY st.skill_id, t.key"
)


def card_tags(skill_ids: Sequence, *, limit: int = TAGS_PER_CARD, using=None) -> dict:
    """{skill id: the names of its first `limit` tags by key}, in one statement, written
    out: built by the ORM (a join, an `IN` of 24 ids, two orderings) it cost more CPU to
    build and compile than to run (issue #23, fourth pass)."""
    if not skill_ids:
        return {}
    connection = connections[using or router.db_for_read(Tag)]
    prep = Skill._meta.pk.get_db_prep_value
    sql = _CARD_TAGS_SQL.format(
        through=_SKILL_TAGS, tag=_TAG, marks=", ".join(["%s"] * len(skill_ids))
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [prep(pk, connection) for pk in skill_ids])
        rows = cursor.fetchall()
    out: dict = {}
    for skill_id, name in rows:
        if not isinstance(skill_id, uuid.UUID):  # SQLite keeps the hex text
            skill_id = uuid.UUID(skill_id)
        names = out.setdefault(skill_id, [])
        if len(names) < limit:
            names.append(name)
    return out


def cards_render(cards: Sequence[SkillCard], *, terms=(), show_tags: bool = False) -> SafeString:
    """The cards' HTML (each `<article>` and a newline), the query's `terms` highlighted.

    The words every card repeats are translated and escaped once per render, not once per
    card (Django's gettext looks up the active language on every call)."""
    language = get_language() or ""
    template = engines["jinja2"].get_template(TEMPLATE)
    html = template.render(
        {
            "skills": cards,
            "terms": list(terms or ()),
            "show_tags": show_tags,
            # escaped once per render (what the output's escaping would give every card)
            "_": memo_per_render(lambda message: django_escape(gettext(message))),
            "verdict_text": memo_per_render(lambda verdict: django_escape(verdict_text(verdict))),
            "compact": functools.partial(compact_in, language=language),
        }
    )
    return mark_safe(html)  # Jinja2 escaped every value (marketplace.jinja2)


def filter_options_render(kind: str, options: Sequence, selected) -> SafeString:
    """The `<option>`s of a listing's filter menu, `kind` "category" (Category rows with
    their `skill_count`; `selected` a key) or "license" (names; `selected` a license,
    matched case-insensitively). Through Django's template language its loops over 16
    categories and 30 licenses cost more than the rest of the form."""
    if kind != "category":  # as Django's `lower` filter compares: None is "none"
        selected = str(selected).lower()
    template = engines["jinja2"].get_template(FILTER_OPTIONS_TEMPLATE)
    html = template.render({"kind": kind, "options": options, "selected": selected})
    return mark_safe(html)  # Jinja2 escaped every value (marketplace.jinja2)
