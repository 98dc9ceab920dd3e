"""Skill cards of the listings (home, search, category, tag and repository pages), built
from plain rows and written out by `cards_render`.

A listing shows up to 24 cards. Built the general way (a model instance per skill, its
category and popularity, prefetched Tag instances, then a Django `{% include %}` per card
with a dozen filters and tags) the cards were about half of an uncached search page's
CPU (issue #23). Here a page's cards are one `values()` statement (the card's columns and
the two joined values, no model instances), one statement for their tags when the page
shows them, and one call of `cards_render`, which writes the markup with f-strings (a
Jinja2 template looping over the cards, the step before, cost about three times as much:
docs/BENCHMARKS.md, "Issue #23").

The markup is the one the Django card template had, byte for byte: values are escaped as
Django's `conditional_escape` escapes them, and the filters are the same functions."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from django.db import connections, router
from django.db.models import QuerySet
from django.template import engines
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, gettext, gettext_noop

from marketplace.jinja2 import django_escape, truncatechars
from marketplace.statements import Statement
from skills.models import (
    Category,
    Skill,
    SkillSortKey,
    Tag,
    repository_full_name,
    skill_url,
)
from skills.search_ranked import search_ranked_ids
from skills.templatetags.skills_tags import (
    compact_in,
    highlight,
    icon,
    verdict_class,
    verdict_text,
)

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


#: One list's picks: the first `limit` published skills' ids in its order. On the sort keys
#: (PostgreSQL) the walk stays in their narrow table, its `published` copy kept by triggers
#: (migration 0019, as skills.neighbours reads it); elsewhere it checks the skill's status.
_PICK_SQL = (
    "SELECT * FROM (SELECT %s AS side, ROW_NUMBER() OVER (ORDER BY {order}) AS position,"
    " {id} AS skill_id FROM {source} WHERE {published} ORDER BY {order} LIMIT %s) AS side{side}"
)
#: The picked skills' card columns, joined once for every list.
_LISTED_SQL = (
    "SELECT n.side, n.position, s.id, s.slug, s.name, s.summary, s.security_verdict,"
    " s.repository_owner, s.repository_name, s.stars, s.has_scripts, p.installs_total, c.name"
    " FROM ({picks}) AS n INNER JOIN {skill} s ON s.id = n.skill_id"
    " LEFT OUTER JOIN {popularity} p ON p.skill_id = s.id"
    " LEFT OUTER JOIN {category} c ON c.id = s.category_id"
    " ORDER BY n.side, n.position"
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
    keys reads the skills that have them, as `selectors._ordered` does.

    Each list picks its skills' ids alone (on PostgreSQL a sort-key order walks the sort
    keys only), and the card columns are joined once for all of them: joining the skills,
    popularity and category inside each list made PostgreSQL plan twelve relations (1.6
    ms of planning for 0.6 ms of running at 100,000 skills; 0.55 and 0.4 ms this way,
    issue #23, session 15)."""
    connection = connections[router.db_for_read(Skill)]
    copies = connection.vendor == "postgresql"  # the sort keys' status copy is kept there
    skill, keys_table = Skill._meta.db_table, SkillSortKey._meta.db_table
    parts, params = [], []
    for side, ordering in enumerate(orderings.values()):
        order, keys = _order_sql(ordering)
        if keys and copies:
            source, id_column, published = f"{keys_table} k", "k.skill_id", "k.published"
        elif keys:
            source = f"{keys_table} k INNER JOIN {skill} s ON s.id = k.skill_id"
            id_column, published = "k.skill_id", "s.status = %s"
        else:
            source, id_column, published = f"{skill} s", "s.id", "s.status = %s"
        parts.append(
            _PICK_SQL.format(
                order=order, side=side, id=id_column, source=source, published=published
            )
        )
        status = [] if published == "k.published" else [Skill.Status.PUBLISHED.value]
        params += [side, *status, limit]
    sql = _LISTED_SQL.format(
        picks=" UNION ALL ".join(parts),
        skill=skill,
        popularity=_POPULARITY,
        category=Category._meta.db_table,
    )
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


def _published_cards(_shape, *ids) -> QuerySet:
    return Skill.objects.published().filter(pk__in=ids).order_by().values_list(*CARD_VALUES)


_CARDS_BY_IDS: dict[int, Statement] = {}  # by the number of ids: compiled once each


def search_card_rows(qs: QuerySet[Skill], start: int, stop: int) -> list[dict] | None:
    """`list(card_rows(qs)[start:stop])` for a relevance search whose first ids its count
    ranked (skills.search_ranked.search_ranked_ids): the page's rows read by those ids
    with a statement compiled once per number of ids (marketplace.statements), in their
    order, as the API's list does (skills.api.rows); building and compiling the search's
    own statement for them cost more than reading them (issue #23). None for any other
    queryset or page."""
    ids = search_ranked_ids(qs, stop) if stop > start else None
    if not ids:
        return None
    statement = _CARDS_BY_IDS.get(len(ids))
    if statement is None:
        statement = Statement(Skill, _published_cards, *[Skill._meta.pk] * len(ids))
        _CARDS_BY_IDS[len(ids)] = statement
    found = {
        row[0]: dict(zip(CARD_VALUES, row, strict=True))
        for row in statement.rows(*ids, using=qs.db)
    }
    # `_RankedSlice` reads the first `stop` ids and drops the first `start` rows found; a
    # skill unpublished since is left out, as there.
    return [found[pk] for pk in ids if pk in found][start:stop]


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

    Written out in Python: the markup of the Jinja2 template it replaces (and of the Django
    one before that), byte for byte, at about a third of its cost (a page of 24 cards was
    about 1 ms through Jinja2, a fifth of an uncached home page: issue #23, fifth pass).
    Every value is escaped as Django's templates escape it (`html.escape`, safe strings as
    they are); the words every card repeats are translated and escaped once per render."""
    language = get_language() or ""
    terms = list(terms or ())
    scan, installs, stars_title, contains_scripts, scripts = _escaped(
        gettext_noop("Security scan"),
        gettext_noop("Installs"),
        gettext_noop("GitHub stars"),
        gettext_noop("Contains scripts"),
        gettext_noop("scripts"),
    )
    download, star = icon("download"), icon("star")
    verdicts: dict[str, tuple[str, str]] = {}
    out: list[str] = []
    for skill in cards:
        verdict = skill.security_verdict
        try:
            verdict_class_html, verdict_html = verdicts[verdict]
        except KeyError:
            verdicts[verdict] = verdict_class_html, verdict_html = (
                _escape(verdict_class(verdict)),
                _escape(verdict_text(verdict)),
            )
        repository = skill.repository_full_name
        out.append(
            f'<article class="card skill-card">\n  <header class="card-head">\n'
            f'    <h3 class="card-title"><a href="{_escape(skill.url)}"><bdi>'
            f"{highlight(skill.name, terms)}</bdi></a></h3>\n"
            f'    <span class="badge badge-{verdict_class_html}" title="{scan}">{verdict_html}'
            "</span>\n  </header>\n  "
        )
        if repository:
            out.append(f'<p class="card-repo"><bdi>{_escape(repository)}</bdi></p>')
        out.append(
            f'\n  <p class="card-summary"><bdi>'
            f"{highlight(truncatechars(skill.summary, 180), terms)}</bdi></p>\n"
            f'  <footer class="card-meta">\n    <span title="{installs}">{download}'
            f"{_escape(compact_in(skill.installs, language))}</span>\n    "
        )
        if skill.stars:
            out.append(
                f'<span title="{stars_title}">{star}{_escape(compact_in(skill.stars, language))}'
                "</span>"
            )
        out.append("\n    ")
        if skill.category_name is not None:
            out.append(f'<span class="chip">{_escape(skill.category_name)}</span>')
        out.append("\n    ")
        if skill.has_scripts:
            out.append(f'<span class="chip chip-muted" title="{contains_scripts}">{scripts}</span>')
        out.append("\n    ")
        if show_tags:
            for tag in skill.tag_names:
                out.append(f'<span class="chip chip-muted">#{_escape(tag)}</span>')
        out.append("\n  </footer>\n</article>\n")
    return mark_safe("".join(out))


def _escape(value) -> str:
    """What a Django template writes for `{{ value }}` (`conditional_escape`)."""
    return str(django_escape(value))


def _escaped(*messages: str) -> list[str]:
    """`messages` translated in the active language and escaped."""
    return [_escape(gettext(message)) for message in messages]


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
