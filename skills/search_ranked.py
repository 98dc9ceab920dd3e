"""The first results of an unfiltered PostgreSQL search, ranked and counted when the search
is made (skills.selectors `_search_narrow`), and the tier a broad search is ranked in.

Split from skills.selectors, which builds the search's querysets: this is what runs the
search's ranking statement and keeps what it found for the count and the pages.
"""

from __future__ import annotations

from collections.abc import Callable

from django.db import connections
from django.db.models import F, QuerySet, SmallIntegerField, Value
from django.db.models.functions import Cast

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

    Bounded: the statement reads the matches of the search's tier, the TIER_SKILLS most
    installed skills (skills.selectors.tier_band: the installs band of the
    TIER_SKILLS-th), whose matches an index on the band intersects with the words' GIN
    bitmap, and ranks them; then the other matches only until SEARCH_COUNT_CAP + 1 are
    read in all (a `LIMIT`): at most the tier's matches and that many rows, whatever the
    size of the catalogue (`_tier_and_below`). When no more are found (the count is
    exact), those are all the matches, ranked together: the order is exact. A broad
    search (more matches than that: "1,000+") is ranked in its tier. The tier's
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
        band = self.tier_band(using=self.ranked.db)
        if band is None:  # a catalogue no larger than the tier
            rows = _ranked_and_counted(self.ranked, RANKED_AHEAD, among=SEARCH_COUNT_CAP + 1)
            self.total = rows[0][1] if rows else 0
            if self.total > SEARCH_COUNT_CAP:  # broad: rank every match (at most the tier's)
                rows = _ranked_and_counted(self.ranked, RANKED_AHEAD)
            self.ids = [pk for pk, _total in rows]
            return
        # The tier's matches, ranked, and the others counted only as far as the cap needs,
        # in one statement: counting any 1,001 matches first and ranking the tier's after
        # read the tier's matches twice, and a search with more than SEARCH_COUNT_CAP
        # matches in the tier alone (`code review`, `unit tests`: 2,044 and 1,795 of
        # 10,400 at 100,000 skills) needs no other row (docs/BENCHMARKS.md, "Issue #23,
        # sixth pass").
        tier, every, self.total = _tier_and_below(self.ranked, band, RANKED_AHEAD)
        if self.total <= SEARCH_COUNT_CAP:
            self.ids = every  # every match read and ranked: exact
            return
        self.band = band  # from now on the relevance lifts the tier
        # The tier's matches come first, so its ranked ids are the first results even when
        # it holds fewer than RANKED_AHEAD: a page within them is read by id; a page past
        # them (`ids_to` answers None) ranks every match, tier first, in its own statement
        # (`_RankedSlice`). Ranking every match here for every first page read all the
        # matches of `文档处理` a second time at 300,000 skills (1,121 matches, 44 in the
        # tier; docs/BENCHMARKS.md, "Issue #23, seventh pass").
        self.ids = tier

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


def _tier_and_below(ranked: QuerySet, band: int, limit: int) -> tuple[list, list, int]:
    """One statement: the first `limit` ids of the tier's matches (`installs_band` >=
    `band`: every one ranked), the first `limit` ids of all the matches read, and how many
    were read: every match of the tier, then the others only until SEARCH_COUNT_CAP + 1 in
    all. When that count is within the cap, every match was read and the second list is
    the search's exact order (RELEVANCE_ORDER over both groups; relevance computed as in
    `_ranked_and_counted`, without the tier's lift); else the search is broad."""

    def compiled(qs):
        inner = qs.order_by().annotate(ranked_by=F("relevance"))
        return inner.values_list("pk", "name", "ranked_by").query.sql_with_params()

    # The tier's band as a smallint, the column's own type: then the condition is one of the
    # words' GIN index (its second column, btree_gin: migration 0020), which intersects
    # the two in one scan whatever the planner estimates for the words; as an integer it
    # is not (btree_gin has no smallint-integer operators before PostgreSQL 18) and the
    # planner, which estimates any phrase at about one match, read every match to keep
    # the tier's (`文档处理` at 300,000 skills: 1,121 rows for 44; docs/BENCHMARKS.md,
    # "Issue #23, seventh pass"). The others' condition stays an integer: it holds for
    # nearly every row, so it is better checked on the rows read than in the index (where
    # PostgreSQL 15-17 cannot put it).
    tier_sql, tier_params = compiled(
        ranked.filter(installs_band__gte=Cast(Value(band), SmallIntegerField()))
    )
    below_sql, below_params = compiled(ranked.filter(installs_band__lt=band))
    order = "ORDER BY relevance DESC, name, pk"

    def first(cte: str) -> str:  # a top-N sort, then the N numbered in order
        top = f"SELECT * FROM {cte} {order} LIMIT %s"  # noqa: S608 - constants
        return f"SELECT row_number() OVER ({order}) AS place, pk FROM ({top}) AS top"  # noqa: S608

    sql = (
        f"WITH tier (pk, name, relevance) AS MATERIALIZED ({tier_sql}),"  # noqa: S608 - compiled ORM SQL
        f" below (pk, name, relevance) AS MATERIALIZED ({below_sql}"
        " LIMIT greatest(%s - (SELECT count(*) FROM tier), 0)),"
        " read AS (SELECT * FROM tier UNION ALL SELECT * FROM below)"
        f" SELECT 0, place, pk FROM ({first('tier')}) AS t"
        f" UNION ALL SELECT 1, place, pk FROM ({first('read')}) AS e"
        " UNION ALL SELECT 2, count(*), NULL FROM read"
    )
    params = [*tier_params, *below_params, SEARCH_COUNT_CAP + 1, limit, limit]
    with connections[ranked.db].cursor() as cursor:
        cursor.execute(sql, params)
        rows = sorted(cursor.fetchall(), key=lambda row: row[:2])
    lists: tuple[list, list] = ([], [])
    total = 0
    for which, place, pk in rows:
        if which == 2:
            total = place
        else:
            lists[which].append(pk)
    return lists[0], lists[1], total


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
