"""The first results of an unfiltered PostgreSQL search, ranked and counted when the search
is made (skills.selectors `_search_narrow`), and the tier a broad search is ranked in.

Split from skills.selectors, which builds the search's querysets: this is what runs the
search's ranking statement and keeps what it found for the count and the pages.
"""

from __future__ import annotations

from collections.abc import Callable

from django.db import connections
from django.db.models import F, QuerySet

from skills.models import Skill

#: The order of a relevance search: the relevance alias (skills.selectors `_Relevance`),
#: then the name and the id for equal relevances.
RELEVANCE_ORDER = (F("relevance").desc(), "name", "pk")

# A search's count is exact up to here, then shown as "1,000+" (skills.selectors.is_search):
# counting a search's matches reads a row per match, where a listing's count reads an index.
SEARCH_COUNT_CAP = 1_000

#: How many of a relevance search's first ids its count ranks ahead: the web's first four
#: pages (24 each), the API's first page at its largest size (100).
RANKED_AHEAD = 100


class _Marked:
    """The number of conditions a search's queryset has after its last filter, shared by
    the querysets made from it: one with more had a condition added later."""

    conditions = 0


class _RankedAhead(_Marked):
    """The count and the first ids of one unfiltered search, and its tier when broad.

    The capped count of a search visits the heap page of every match, and so does the
    ranking of its page: the same pages twice. So a relevance search ranks and counts in
    one statement when it is made (`rank`), keeps the first RANKED_AHEAD ids, and the
    page's statement reads its skills by those ids (skills.selectors `_RankedSlice`); the
    count (`SkillQuerySet.count`) is the one found then. Shared by the querysets made from
    the search's (clones share it), so it lives as long as the request's queryset.

    Bounded: the statement ranks at most SEARCH_COUNT_CAP + 1 matches (a fenced `LIMIT`),
    and so reads at most that many rows whatever the size of the catalogue. When there
    are no more (the count is exact), those are all the matches: the order is exact. A
    broad search (more matches than that: "1,000+") is ranked in its tier instead: the
    TIER_SKILLS most installed skills (skills.selectors.tier_band: the installs band of
    the TIER_SKILLS-th), whose matches an index on the band intersects with the words'
    GIN bitmap, so the rows read are the tier's matches, not the catalogue's. The tier's
    matches come first by relevance, then the rest by relevance (skills.selectors
    `_Relevance`): the first pages are read from the tier alone, and deeper pages rank
    every match in that order. On the 100,000-skill benchmark the first ten results of
    every broad query of the 50 were the same as with every match ranked
    (docs/BENCHMARKS.md, "Issue #23, fifth pass")."""

    def __init__(self, tier_band: Callable[..., int | None]):
        self.tier_band = tier_band  # skills.selectors.tier_band
        self.found: QuerySet | None = None
        self.ranked: QuerySet | None = None
        self.ids: list | None = None
        self.total = 0
        self.band: int | None = None

    def count(self, low: int, high: int | None) -> int:
        if self.ranked is None or low:
            counted = self.found.all()
            counted.query.set_limits(low, high)
            return counted.count()
        self.rank()
        if self.total > SEARCH_COUNT_CAP and (high is None or high > SEARCH_COUNT_CAP):
            counted = self.found.all()  # more than the ranking counted: count them
            counted.query.set_limits(low, high)
            return counted.count()
        return self.total if high is None else min(self.total, high)

    def rank(self) -> None:
        if self.ids is not None:
            return
        rows = _ranked_and_counted(self.ranked, RANKED_AHEAD, among=SEARCH_COUNT_CAP + 1)
        self.ids = [pk for pk, _total in rows]
        self.total = rows[0][1] if rows else 0
        if self.total <= SEARCH_COUNT_CAP:
            return  # every match ranked: exact
        band = self.tier_band(using=self.ranked.db)
        if band is None:  # a catalogue no larger than the tier
            self.ids = [pk for pk, _total in _ranked_and_counted(self.ranked, RANKED_AHEAD)]
            return
        self.band = band  # from now on the relevance lifts the tier
        tier = _ranked_and_counted(self.ranked.filter(installs_band__gte=band), RANKED_AHEAD)
        if len(tier) < RANKED_AHEAD:  # the tier holds fewer: rank them all, tier first
            tier = _ranked_and_counted(self.ranked, RANKED_AHEAD)
        self.ids = [pk for pk, _total in tier]

    def ids_to(self, high: int) -> list | None:
        """The first `high` ids in relevance order, when ranked ahead and enough."""
        if (
            self.ids is None
            or not self.ids
            or (high > len(self.ids) and self.total > len(self.ids))
        ):
            return None
        return self.ids[:high]


def _ranked_and_counted(ranked: QuerySet, limit: int, among: int | None = None) -> list[tuple]:
    """(id, number of matches) of the first `limit` rows of `ranked` (a relevance-ordered
    `values("pk")` of the narrow rows), in its order; with `among`, of the first `among`
    matches found (in no order: exact when there are no more).

    The relevance is computed under a fence (`OFFSET 0`) and only (id, name, relevance)
    reach the window that counts: written as one query, PostgreSQL computes the ordering
    expressions above the window, so every match's whole search vector went through it
    and spilled to disk past `work_mem` (5,000 matches: 14 ms of heap reads, then 30 ms
    in the window and sort; docs/BENCHMARKS.md, "Issue #23, fifth pass"). The same order
    as `ranked` (RELEVANCE_ORDER: relevance, name, id)."""
    inner = (
        ranked.order_by().annotate(ranked_by=F("relevance")).values_list("pk", "name", "ranked_by")
    )
    sql, params = inner.query.sql_with_params()
    with connections[ranked.db].cursor() as cursor:
        cursor.execute(
            f"SELECT pk, COUNT(*) OVER () FROM ({sql} {'LIMIT %s' if among else 'OFFSET 0'})"  # noqa: S608 - compiled ORM SQL
            " AS matched (pk, name, relevance) ORDER BY relevance DESC, name, pk LIMIT %s",
            [*params, *([among] if among else []), limit],
        )
        return cursor.fetchall()


def search_ranked_ids(qs: QuerySet[Skill], high: int) -> list | None:
    """The ids of the first `high` results of `qs`, in order, when `qs` is an unfiltered
    relevance search whose count has ranked them already (`_RankedAhead`; the same
    condition as `_RankedSlice`'s), else None. Its rows may then be read by these ids:
    `_RankedSlice` would read exactly these, ordered by the same relevance."""
    ahead = getattr(qs.query, "narrow_count", None)
    if (
        ahead is None
        or ahead.ranked is None
        or tuple(qs.query.order_by) != RELEVANCE_ORDER
        or len(qs.query.where.children) != ahead.conditions
    ):
        return None
    return ahead.ids_to(high)
