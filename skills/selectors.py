"""Reads of the public catalogue: search and listings (one skill's page: skills.page_selectors).

Pages and the JSON API call these; each returns a QuerySet (or a small bundle of them)
with its joins done, so a page runs a fixed number of queries whatever the number of
results. Lists never load version bodies or rendered HTML.

Search on PostgreSQL uses the stored weighted tsvector (GIN index) with
`websearch_to_tsquery('simple', q)`, ranked by text rank blended with popularity. When
the words match fewer than a page of skills, their corrections (name words a few edits
away, skills.search) are searched too, so typos still find a skill. Chinese, Japanese
and Korean runs are searched as phrases of bigrams through the same index. On SQLite
every query is a case-insensitive LIKE search over the same fields plus tags and body.
"""

from __future__ import annotations

import difflib
import re
import time
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.core.cache import cache
from django.core.signals import setting_changed
from django.db import connection, connections, router
from django.db.models import (
    Case,
    CharField,
    Count,
    Exists,
    F,
    FloatField,
    OuterRef,
    Q,
    QuerySet,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Cast, Coalesce, Greatest
from django.utils.translation import pgettext_lazy

from marketplace.statements import Statement
from skills import search
from skills.cache import cached_once
from skills.models import (
    Category,
    Skill,
    SkillQuerySet,
    SkillSearch,
    Tag,
)
from skills.search_expressions import (
    _Matches,
    _popularity_boost,
    _RankedSlice,
    _Relevance,
    _TsQueryOr,
)
from skills.search_ranked import (
    RELEVANCE_ORDER,
    _Marked,
    _RankedAhead,
)
from skills.sort_keys import HasSortKeys

SORTS = ("relevance", "popular", "trending", "new", "latest", "stars", "name")
SORT_LABELS = {
    "relevance": pgettext_lazy("sort order", "Best match"),
    "popular": pgettext_lazy("sort order", "Most installed"),
    "trending": pgettext_lazy("sort order", "Trending"),
    "new": pgettext_lazy("sort order", "Newest"),
    "latest": pgettext_lazy("sort order", "Recently updated"),
    "stars": pgettext_lazy("sort order", "GitHub stars"),
    "name": pgettext_lazy("sort order", "Name"),
}
VERDICTS = ("pass", "review", "fail", "unscanned")
MAX_QUERY_CHARS = 200
MAX_QUERY_TERMS = 12
# Fewer word matches than this (a page) and the corrections of the words are searched too.
FUZZY_BELOW = 20

# Fields a list (cards, API list) never needs: heavy text and the search document.
LIST_DEFERRED = (
    "description_html",
    "search_vector",
    "capabilities",
    "trigger_hints",
    "negative_triggers",
)

_CJK = re.compile(
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\u1100-\u11ff]"
)
_TERM = re.compile(r"[^\s\"]+")


@dataclass(frozen=True)
class SkillFilters:
    category: str | None = None
    tag: str | None = None
    has_scripts: bool | None = None
    license: str | None = None
    spec_valid: bool | None = None
    verdict: str | None = None  # pass | review | fail | unscanned
    source: str | None = None  # "owner/repo"
    updated_since: datetime | None = None

    @property
    def active(self) -> bool:
        return any(getattr(self, f) not in (None, "") for f in self.__dataclass_fields__)


def query_normalize(query: str) -> str:
    """Collapse whitespace and cap the length of a search query."""
    return " ".join((query or "").split())[:MAX_QUERY_CHARS]


def query_terms(query: str) -> list[str]:
    """The words of a query worth highlighting: no operators, no excluded (-word) terms."""
    terms: list[str] = []
    for raw in _TERM.findall(query_normalize(query)):
        if raw.startswith("-") or raw.upper() == "OR":
            continue
        term = raw.strip("'\"()")
        if term and term.lower() not in (t.lower() for t in terms):
            terms.append(term)
    return terms[:MAX_QUERY_TERMS]


def is_cjk(query: str) -> bool:
    return bool(_CJK.search(query or ""))


def _has_operators(query: str) -> bool:
    return '"' in query or any(w.startswith("-") or w == "OR" for w in query.split())


def _on_postgres() -> bool:
    return connection.vendor == "postgresql"


def skill_list_queryset() -> QuerySet[Skill]:
    """Published skills with what a card needs, and nothing heavy."""
    return _with_card_fields(Skill.objects.published())


def _with_card_fields(qs: QuerySet[Skill]) -> QuerySet[Skill]:
    # Not the latest version: no card, API list row or search answer shows it, and joining
    # it cost a version row per result and a fifth of the rows' CPU (issue #23).
    return qs.select_related("category", "popularity").defer(*LIST_DEFERRED)


def _apply_filters(qs: QuerySet[Skill], filters: SkillFilters) -> QuerySet[Skill]:
    if filters.category:
        qs = qs.filter(category__key=filters.category)
    if filters.tag:
        qs = qs.filter(
            Exists(Skill.tags.through.objects.filter(skill_id=OuterRef("pk"), tag__key=filters.tag))
        )
    if filters.has_scripts is not None:
        qs = qs.filter(has_scripts=filters.has_scripts)
    if filters.license:
        qs = qs.filter(license__iexact=filters.license)
    if filters.spec_valid is not None:
        qs = qs.filter(is_spec_valid=filters.spec_valid)
    if filters.verdict:
        qs = qs.filter(security_verdict="" if filters.verdict == "unscanned" else filters.verdict)
    if filters.source:
        owner, _slash, repo = filters.source.partition("/")
        qs = qs.filter(repository_owner__iexact=owner, repository_name__iexact=repo)
    if filters.updated_since:
        qs = qs.filter(last_changed_at__gte=filters.updated_since)
    return qs


# 1 + ln(1 + installs) / 10 (ten times more installs lift relevance by ~23%), read from
# the skill's installs band (a step of 1/INSTALLS_BAND_STEPS of a doubling, ~3.5%): a
# column of the skills table, so the search joins nothing to rank.
def _word_matches(_shape, query: str) -> QuerySet:
    """The first FUZZY_BELOW narrow rows matching `query` (`_typo_widening`'s count)."""
    from django.contrib.postgres.search import SearchQuery

    tsquery = SearchQuery(query, search_type="websearch", config=search.SEARCH_CONFIG)
    return (
        SkillSearch.objects.filter(search_vector=tsquery).order_by().values_list("pk")[:FUZZY_BELOW]
    )


_WORD_MATCHES = Statement(SkillSearch, _word_matches, CharField())


def _typo_widening(qs: QuerySet[Skill], query: str) -> str:
    """The corrections of the query's words as tsquery text (skills.search.typo_tsquery)
    when its words match fewer than FUZZY_BELOW of the (filtered) skills, else "". One
    short statement on the database the search reads (the word lookup only runs when
    the count falls short), so that the search statements get a constant tsquery, which
    PostgreSQL estimates well."""
    if qs.model is SkillSearch and not qs.query.where:  # the unfiltered search: compiled once
        sql, params, _compiled = _WORD_MATCHES.sql(query, using=qs.db)
    else:
        matches = qs.filter(search_vector=_websearch(query)).order_by().values("pk")[:FUZZY_BELOW]
        sql, params = matches.query.sql_with_params()
    with connections[qs.db].cursor() as cursor:
        cursor.execute(
            f"SELECT * FROM ({search.NEAR_WORDS_SQL}) AS near"  # noqa: S608 - constants and compiled ORM SQL
            f" WHERE (SELECT count(*) FROM ({sql}) AS word_matches) < %s",
            [query, *params, FUZZY_BELOW],
        )
        return search.typo_tsquery(cursor.fetchall())


def _search_postgres(qs: QuerySet, query: str, tier: _RankedAhead | None = None) -> tuple:
    """(match condition, relevance expression) of `query` over the filtered `qs` (skills,
    or the narrow SkillSearch rows: the same column names); `tier`: see `_Relevance`."""
    if search.is_single_cjk_letter(query):
        # No bigram holds a lone letter: substring scan (no index; rare), by popularity.
        match = (
            Q(name__icontains=query) | Q(summary__icontains=query) | Q(description__icontains=query)
        )
        return match, _popularity_boost()
    return _search_expressions(_search_words(qs, query), tier)


def _websearch(text: str):
    from django.contrib.postgres.search import SearchQuery

    return SearchQuery(text, search_type="websearch", config=search.SEARCH_CONFIG)


def _search_words(qs: QuerySet, query: str) -> tuple[str, str, str]:
    """(websearch text, typo widening's tsquery text or "", query) of `query` over the
    filtered `qs`: the values of its match and relevance (`_search_expressions`). CJK runs
    are spelled as bigrams; the widening runs its own short statement."""
    if is_cjk(query):
        return search.cjk_query(query), "", query
    widening = ""
    if not _has_operators(query):  # "pdf -merge" must not find pdf-merge by typo
        widening = _typo_widening(qs, query)
    return query, widening, query


def _search_expressions(words: tuple[str, str, str], tier=None) -> tuple:
    """(match condition, relevance expression) of a search's words (`_search_words`)."""
    from django.contrib.postgres.search import SearchQueryField

    text, widening, query = words
    tsquery = _websearch(text)
    if widening:
        tsquery = _TsQueryOr(tsquery, Cast(Value(widening), output_field=SearchQueryField()))
    return _Matches(F("search_vector"), tsquery), _Relevance(tsquery, query, tier)


def _search_like(qs: QuerySet[Skill], query: str) -> QuerySet[Skill]:
    terms = query_terms(query) or [query]
    for term in terms:
        tag_match = Skill.tags.through.objects.filter(skill_id=OuterRef("pk")).filter(
            Q(tag__name__icontains=term) | Q(tag__key__icontains=term)
        )
        qs = qs.filter(
            Q(name__icontains=term)
            | Q(summary__icontains=term)
            | Q(description__icontains=term)
            | Q(latest_version__body__icontains=term)
            | Exists(tag_match)
        )
    # Name matches first, then summary, then the rest; popularity breaks ties.
    first = terms[0]
    return qs.alias(
        relevance=Case(
            When(name__iexact=first, then=Value(4.0)),
            When(name__icontains=first, then=Value(3.0)),
            When(summary__icontains=first, then=Value(2.0)),
            default=Value(1.0),
            output_field=FloatField(),
        )
        * _popularity_boost()
    )


COUNT_CAP = 10_000  # listing counts are exact up to here, then shown as "10,000+"


def is_search(qs) -> bool:
    """Whether `qs` (a `skill_search` result) searches for a query: its count is then
    exact up to SEARCH_COUNT_CAP, a listing's up to COUNT_CAP."""
    if getattr(qs, "search_ahead", None) is not None:  # its query not made yet
        return True
    return getattr(getattr(qs, "query", None), "is_search", False)


_ORDERINGS = {
    # The sort keys compute_rankings writes to SkillSortKey, with its copies of stars and
    # name: one of its indexes holds the whole order (see `_ordered`).
    "popular": (
        "-sort_key__installs_total",
        "-sort_key__stars",
        "sort_key__name",
        "sort_key__skill_id",
    ),
    "trending": (
        "-sort_key__trending_score",
        "-sort_key__stars",
        "sort_key__name",
        "sort_key__skill_id",
    ),
    "new": ("-first_seen_at", "name", "pk"),
    "latest": ("-last_changed_at", "name", "pk"),
    "stars": ("-stars", "name", "pk"),
    "name": ("name", "pk"),
}


def _ordered(qs: QuerySet[Skill], sort: str) -> QuerySet[Skill]:
    """`qs` in the order of `sort` (a key of _ORDERINGS); see `skills.sort_keys.HasSortKeys`."""
    if sort in ("popular", "trending"):
        qs = qs.filter(HasSortKeys())
    return qs.order_by(*_ORDERINGS[sort])


def skill_search(
    *, query: str = "", filters: SkillFilters = SkillFilters(), sort: str = ""
) -> QuerySet[Skill]:
    """Published skills matching a free-text query and filters, in the requested order.

    `sort` is one of SORTS; empty or unknown means relevance with a query, else popular.
    Relevance is an alias (used for ordering, not selected), so counting the results
    never computes it.
    """
    query = query_normalize(query)
    if sort not in SORTS or (sort == "relevance" and not query):
        sort = "relevance" if query else "popular"
    if query and _on_postgres() and not filters.active and not search.is_single_cjk_letter(query):
        return _search_narrow(query, sort)
    matching = _apply_filters(Skill.objects.published(), filters)  # no joins: for subqueries
    qs = _with_card_fields(matching)
    if query:
        qs.query.is_search = True  # kept by the querysets made from it
    if query and _on_postgres():
        match, relevance = _search_postgres(matching, query)
        if sort != "relevance":
            return _ordered(qs.filter(match), sort)
        ranked = (
            matching.filter(match)
            .alias(relevance=relevance)
            .order_by(*RELEVANCE_ORDER)
            .values("pk")
        )
        marked = _Marked()
        results = (
            qs.filter(_RankedSlice(match, ranked, marked))
            .alias(relevance=relevance)
            .order_by(*RELEVANCE_ORDER)
        )
        marked.conditions = len(results.query.where.children)  # after its last filter
        return results
    if query:
        qs = _search_like(qs, query)
    if sort == "relevance":
        return qs.order_by(*RELEVANCE_ORDER)
    results = _ordered(qs, sort)
    if not query and filters.category and filters == SkillFilters(category=filters.category):
        # A category's listing: its count is known (`listed_count`), unless filtered later.
        results.query.category_listing = (
            filters.category,
            len(results.query.where.children),
            sort,
        )
    return results


def listed_count(qs) -> int | None:
    """The number of skills of a category's listing (a `skill_search` with the category as
    its only filter and no query) as the category menus show it, from the catalogue's
    cached counts (`categories_with_counts_cached`, at most CATALOGUE_CACHE_SECONDS old):
    counting the category's skills read an index entry per skill, up to 10,000 (three
    quarters of the category page's SQL at 100,000 skills). None for any other queryset."""
    if getattr(qs, "search_ahead", None) is not None:  # a search (its query not made yet)
        return None
    listing = getattr(getattr(qs, "query", None), "category_listing", None)
    if listing is None or len(qs.query.where.children) != listing[1]:
        return None
    counts = {c.key: c.skill_count for c in categories_with_counts_cached()}
    return counts.get(listing[0])


def _search_narrow(query: str, sort: str) -> QuerySet[Skill]:
    """An unfiltered search (PostgreSQL): matched, ranked and counted on the narrow
    SkillSearch rows (one per published skill, about a dozen to a page, where the skills
    table holds about one), then the page's skills read by primary key. The same results
    in the same order as on the skills (the rows are exact copies, kept by triggers).

    The skills' own match stays the condition of the returned queryset (its unsliced
    form, `_RankedSlice`); its capped count is counted on the narrow rows
    (`SkillQuerySet.count`). A relevance search is ranked now, by statements compiled once
    per shape (skills.search_compiled), and its queryset is made only when something reads
    its query (marketplace.querysets): its count and the pages whose ids were ranked are
    read from its `search_ahead` (`capped_count`, skills.search_ranked.search_ranked_ids)."""
    narrow = SkillSearch.objects.all()
    words = _search_words(narrow, query)
    ahead = _RankedAhead(
        tier_band, _narrow_querysets, using=narrow.db, words=words, relevance=sort == "relevance"
    )
    if sort != "relevance":
        match, _relevance = _search_expressions(words)
        results = _ordered(_search_queryset().filter(match), sort)
        _count_on(results, ahead)
        return results
    ahead.rank()  # now: whether the search is broad decides its order (`_RankedAhead`)

    def make() -> QuerySet[Skill]:
        match, relevance = _search_expressions(words, ahead)
        # The outer order repeats the ranking for the page's rows only (on the skills'
        # own columns, which the narrow rows copy).
        results = (
            _search_queryset()
            .filter(_RankedSlice(match, ahead.ranked, ahead))
            .alias(relevance=relevance)
            .order_by(*RELEVANCE_ORDER)
        )
        _count_on(results, ahead)
        return results

    results = SkillQuerySet.made_later(Skill, make)
    results.search_ahead = ahead  # this queryset only: not the ones made from it
    return results


def _search_queryset() -> QuerySet[Skill]:
    qs = _with_card_fields(Skill.objects.published())
    qs.query.is_search = True  # kept by the querysets made from it
    return qs


def _narrow_querysets(words: tuple[str, str, str], tier) -> tuple[QuerySet, QuerySet]:
    """The narrow rows matching a search's words, and their ids in relevance order."""
    match, relevance = _search_expressions(words, tier)
    found = SkillSearch.objects.filter(match)
    return found, found.alias(relevance=relevance).order_by(*RELEVANCE_ORDER).values("pk")


def _count_on(results: QuerySet[Skill], ahead: _RankedAhead) -> None:
    # Marked after its last filter: a condition added later makes count() count the skills.
    ahead.conditions = len(results.query.where.children)
    results.query.narrow_count = ahead


def capped_count(qs, cap: int) -> int:
    """`qs.order_by()[:cap].count()` (the paginators' count), from the ranking of a search
    as `skill_search` returned it (`search_ahead`) without making its query."""
    ahead = getattr(qs, "search_ahead", None)
    if ahead is not None:
        return ahead.count(0, cap)
    return qs.order_by()[:cap].count()


def skill_suggestions(*, query: str, limit: int = 5) -> list[Skill]:
    """Published skills whose names are close to `query` (for "did you mean")."""
    query = query_normalize(query)
    if not query:
        return []
    qs = skill_list_queryset()
    if _on_postgres():
        from django.contrib.postgres.search import (
            SearchQueryField,
            TrigramSimilarity,
            TrigramWordSimilarity,
        )

        # Only skills with a close word in their name are compared (GIN index): comparing
        # every name took half a second at 100,000 skills.
        near: dict[str, list[str]] = {}
        for term, word in search.near_words(query=query, using=qs.db):
            near.setdefault(term, []).append(word)
        words = sorted(
            {w for term, candidates in near.items() for w in search.corrections(term, candidates)}
        )
        if not words:
            return []
        in_names = " | ".join(search.tsquery_lexeme(word) for word in words)
        closeness = Greatest(TrigramSimilarity("name", query), TrigramWordSimilarity(query, "name"))
        # Chosen on the narrow search rows by their name words, then the `limit` skills
        # read: on the skills table (`'word':A` on the whole vector) a common name word
        # read a page for every skill with the word anywhere and sorted whole rows (300 ms
        # for '"code review"' at 100,000 skills; 3 of the 50 benchmark searches find
        # nothing and ask for suggestions).
        candidates = (
            SkillSearch.objects.using(qs.db)
            .filter(
                _Matches(F("name_vector"), Cast(Value(in_names), output_field=SearchQueryField()))
            )
            .annotate(closeness=closeness)
            .filter(closeness__gte=0.2)
            .order_by("-closeness", "name", "pk")  # names repeat across repositories
            .values_list("pk", flat=True)
        )
        # The names of the search tier first (the most installed skills, `tier_band`):
        # the names with a common word are a share of the catalogue (3,025 at 100,000
        # skills for '"code review"', 93 ms, and three times that at 300,000), the tier's
        # are a share of its fixed size; every name only when the tier has too few.
        band = tier_band(using=qs.db)
        chosen = list(candidates.filter(installs_band__gte=band)[:limit]) if band else []
        if len(chosen) < limit:
            chosen = list(candidates[:limit])
        return list(
            qs.filter(pk__in=chosen)
            .annotate(closeness=closeness)
            .order_by("-closeness", "name", "pk")
        )
    # SQLite (development): compare against names in Python; bounded to keep it cheap.
    names = dict(qs.values_list("name", "pk")[:20000].iterator())
    lowered = {name.lower(): name for name in names}
    close = difflib.get_close_matches(query.lower(), list(lowered), n=limit, cutoff=0.6)
    if not close:
        return []
    pks = [names[lowered[c]] for c in close]
    by_pk = {s.pk: s for s in qs.filter(pk__in=pks)}
    return [by_pk[pk] for pk in pks if pk in by_pk]


# --- Listings -------------------------------------------------------------------------


def categories_with_counts() -> QuerySet[Category]:
    return (
        Category.objects.filter(is_active=True)
        .annotate(skill_count=Count("skills", filter=Q(skills__status=Skill.Status.PUBLISHED)))
        .order_by("sort_order", "name")
    )


def _catalogue_cached(name: str, compute, using: str = "default"):
    """Catalogue-wide aggregates (counts over every skill) change slowly: cache them for
    CATALOGUE_CACHE_SECONDS (default 300) so no page pays a full scan per request.

    Not keyed by the catalogue version: a count a few minutes behind is fine, while a scan
    of every skill (half a second at 100,000) after each publish, sync or rankings run
    would fall on the first visitors of every page that shows these counts.

    Keyed by the database's name: two catalogues sharing one cache (the benchmark's sizes,
    run one after the other against one Redis database) must not read each other's
    aggregates. The 10,000-skill catalogue's search tier (none: it is no larger than the
    tier), read by the 100,000-skill one, made every broad search there rank all its
    matches (`code review`: 17,625 buffers instead of 2,601; docs/BENCHMARKS.md, "Issue
    #23, sixth pass").

    Each process also keeps the figures it read while they are fresh (until the time
    `cached_once` stores with them): the pages that show them (home, search, category
    pages) then read no cache at all on most requests (2 to 4 round trips and unpicklings a
    page, issue #23, session 15), and a process never keeps a figure longer than the cache
    calls it fresh. Emptying the shared cache does not reach the copies a process holds
    (they still expire on time). The values are shared by the requests of a process: read
    them, never change them."""
    ttl = getattr(settings, "CATALOGUE_CACHE_SECONDS", 300)
    if not ttl:
        return compute()
    key = f"catalogue:aggregate:{connections[using].settings_dict['NAME']}:{name}"
    now = time.time()
    kept = _AGGREGATES.get(key)
    if kept is not None and now < kept[0]:
        return kept[1]
    entry = cache.get(key)  # (fresh until, value): skills.cache `cached_once`'s entry
    if isinstance(entry, tuple) and len(entry) == 2 and isinstance(entry[0], float):
        fresh_until, value = entry
        if now < fresh_until:  # kept here until then (never longer than `ttl` from now)
            _AGGREGATES[key] = (min(fresh_until, now + ttl), value)
            return value
    # Missing or stale: one worker computes an aggregate at a time; the others are served
    # the value it replaces, or wait for it on a cold cache (skills.cache `cached_once`).
    return cached_once(key, compute, ttl)


#: key -> (time.time() it is fresh until, value): `_catalogue_cached`'s copies in this process.
_AGGREGATES: dict[str, tuple[float, object]] = {}


def catalogue_aggregates_forget(**kwargs) -> None:
    """Drop this process's copies of the catalogue aggregates (tests; a setting changed)."""
    _AGGREGATES.clear()


setting_changed.connect(catalogue_aggregates_forget)


def categories_with_counts_cached() -> list[Category]:
    return _catalogue_cached("categories", lambda: list(categories_with_counts()))


def categories_listed(*, keep: str | None = None) -> list[Category]:
    """The categories that have published skills (and `keep`, the one a filter names), for
    menus and lists: an empty category is not listed as if it had skills."""
    return [c for c in categories_with_counts_cached() if c.skill_count or c.key == keep]


def sorts_offered(*, query: str) -> list[tuple[str, str]]:
    """The sorts a list offers: relevance only with a query, GitHub stars only when some
    published skill has stars (else every skill ties)."""
    starred = catalogue_totals().get("starred", 0)
    return [
        (s, SORT_LABELS[s])
        for s in SORTS
        if (s != "relevance" or query) and (s != "stars" or starred)
    ]


def catalogue_totals() -> dict:
    """Totals for the home page, in one query (cached)."""
    return _catalogue_cached(
        "totals",
        lambda: Skill.objects.published().aggregate(
            skills=Count("pk"),
            repositories=Count("repository_url", distinct=True),
            installs=Coalesce(Sum("sort_key__installs_total"), 0),
            starred=Count("pk", filter=Q(stars__gt=0)),
        ),
    )


def home_sections(*, limit: int = 6) -> dict:
    """The home page's three lists as cards (skills.cards: rows, no model instances, the
    three lists from one statement)."""
    from skills.cards import cards_listed

    lists = cards_listed(
        {
            "trending": _ORDERINGS["trending"],
            "newest": _ORDERINGS["new"],
            "popular": _ORDERINGS["popular"],
        },
        limit=limit,
    )
    return {
        **lists,
        "categories": categories_listed(),
        "totals": catalogue_totals(),
    }


def repository_skills(*, owner: str, repo: str) -> QuerySet[Skill]:
    return skill_search(filters=SkillFilters(source=f"{owner}/{repo}"), sort="popular")


def license_choices(*, limit: int = 30) -> list[str]:
    """The most common licenses of published skills, for the filter menu (cached)."""
    return _catalogue_cached(
        f"licenses:{limit}",
        lambda: list(
            Skill.objects.published()
            .exclude(license="")
            .values_list("license", flat=True)
            .annotate(n=Count("pk"))
            .order_by("-n", "license")[:limit]
        ),
    )


#: How many of the most installed skills a broad search ranks first
#: (skills.search_ranked `_RankedAhead`).
TIER_SKILLS = 10_000


def tier_band(*, using: str = "default") -> int | None:
    """The installs band of the TIER_SKILLS-th most installed published skill (the tier is
    every skill at that band or above), None when there are no more skills than that.
    Cached with the catalogue's aggregates (an index scan of TIER_SKILLS entries)."""
    return _catalogue_cached("search-tier", lambda: tier_band_now(using=using), using=using)


def tier_band_now(*, using: str = "default") -> int | None:
    """`tier_band`, computed now (not cached)."""
    bands = list(
        SkillSearch.objects.using(using)
        .order_by("-installs_band")
        .values_list("installs_band", flat=True)[TIER_SKILLS - 1 : TIER_SKILLS + 1]
    )
    return bands[0] if len(bands) > 1 else None


_CATEGORY_FIELDS = ("id", "key", "name", "description", "sort_order", "is_active")
_CATEGORY = Statement(
    Category,
    lambda _shape, key: Category.objects.filter(key=key, is_active=True).values_list(
        *_CATEGORY_FIELDS
    )[:1],
    Category._meta.get_field("key"),
)


def category_get(*, key: str) -> Category | None:
    """The active category `key` (its page's heading), from a statement compiled once per
    database (marketplace.statements)."""
    rows = _CATEGORY.rows(key)
    if not rows:
        return None
    return Category.from_db(router.db_for_read(Category), _CATEGORY_FIELDS, rows[0])


def tag_get(*, key: str) -> Tag | None:
    return Tag.objects.filter(key=key).first()
