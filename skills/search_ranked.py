"""The first results of an unfiltered PostgreSQL search, ranked and counted when the search
is made (skills.selectors `_search_narrow`), and the tier a broad search is ranked in.

Split from skills.selectors, which builds the search's querysets: this is what runs the
search's ranking statement and keeps what it found for the count and the pages.
"""

from __future__ import annotations

from collections.abc import Callable

from django.db import connections
from django.db.models import BooleanField, F, IntegerField, QuerySet, SmallIntegerField, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast

from skills.models import Skill
from skills.search_compiled import shaped

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


def relevance_text(query: str) -> str:
    """The query as the relevance compares it with names (skills.selectors `_Relevance`)."""
    return query.lower().replace("-", " ")


class _Tier:
    """A search tier whose band is known (`_RankedAhead.band`), for `_Relevance`."""

    def __init__(self, band: int | None):
        self.band = band


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

    def __init__(
        self,
        tier_band: Callable[..., int | None],
        querysets: Callable[[tuple[str, str, str], object], tuple[QuerySet, QuerySet | None]],
        *,
        using: str,
        words: tuple[str, str, str],
        relevance: bool = True,
    ):
        self.tier_band = tier_band  # skills.selectors.tier_band
        # (words, tier) -> the search's (found, ranked) querysets (skills.selectors
        # `_narrow_querysets`): built when first needed, and with sentinel words to compile
        # the ranking statements once per shape (`_statement`).
        self.querysets = querysets
        self.using = using  # the database of the narrow search rows
        self.words = words  # (websearch text, typo widening's tsquery text or "", query)
        self.relevance = relevance  # ordered by relevance (else another sort: no ranking)
        self._found: QuerySet | None = None
        self._ranked: QuerySet | None = None
        self.ids: list | None = None
        self.total = 0
        self.band: int | None = None

    def _build(self) -> None:
        if self._found is None:
            self._found, self._ranked = self.querysets(self.words, self)

    @property
    def found(self) -> QuerySet | None:
        """The search's matches on the narrow rows (for counts past the ranking's)."""
        self._build()
        return self._found

    @property
    def ranked(self) -> QuerySet | None:
        """The matches' ids in relevance order (`values("pk")`), when ordered by relevance."""
        self._build()
        return self._ranked

    def count(self, low: int, high: int | None) -> int:
        if not self.relevance or low:
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
        band = self.tier_band(using=self.using)
        if band is None:  # a catalogue no larger than the tier
            rows = self._ranked_and_counted(among=SEARCH_COUNT_CAP + 1)
            self.total = rows[0][1] if rows else 0
            if self.total > SEARCH_COUNT_CAP:  # broad: rank every match (at most the tier's)
                rows = self._ranked_and_counted()
            self.ids = [pk for pk, _total in rows]
            return
        # The tier's matches, ranked, and the others counted only as far as the cap needs,
        # in one statement: counting any 1,001 matches first and ranking the tier's after
        # read the tier's matches twice, and a search with more than SEARCH_COUNT_CAP
        # matches in the tier alone (`code review`, `unit tests`: 2,044 and 1,795 of
        # 10,400 at 100,000 skills) needs no other row (docs/BENCHMARKS.md, "Issue #23,
        # sixth pass").
        tier, every, self.total = _tier_and_below_run(
            *self._statement(_TIER_AND_BELOW, band=band), using=self.using
        )
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

    def _ranked_and_counted(self, among: int | None = None) -> list[tuple]:
        kind = _RANKED_AMONG if among else _RANKED
        return _ranked_and_counted_run(*self._statement(kind), using=self.using)

    def _statement(self, kind: str, band: int | None = None) -> tuple[str, list]:
        """(SQL, parameters) of one of the ranking statements (`_STATEMENTS`), with the
        relevance lifting the tier when `self.band` is set (as `_Relevance` compiles it
        then), from the statement compiled once per shape (skills.search_compiled)."""
        lifted = self.band is not None
        text, widening, query = self.words
        relevance = relevance_text(query)
        shape = shaped(
            # The constants the statements hold are part of the shape (tests change them).
            (self.using, kind, bool(widening), lifted, RANKED_AHEAD, SEARCH_COUNT_CAP),
            lambda sentinels: self._compile(kind, sentinels, widened=bool(widening), lifted=lifted),
            needs=(
                "text",
                "relevance",
                "length",
                *(["widening"] if widening else []),
                *(["band"] if lifted or kind == _TIER_AND_BELOW else []),
            ),
        )
        return shape.bind(
            {
                "text": text,
                "widening": widening,
                "relevance": relevance,
                "length": len(relevance),
                "band": self.band if lifted else band,
            }
        )

    def _compile(self, kind: str, sentinels: dict, *, widened: bool, lifted: bool) -> tuple:
        """The statement `kind` as the ORM compiles it for a search of the sentinels."""
        words = (
            sentinels["text"],
            sentinels["widening"] if widened else "",
            sentinels["relevance"],
        )
        tier = _Tier(sentinels["band"] if lifted else None)
        _found, ranked = self.querysets(words, tier)
        return _STATEMENTS[kind](ranked, band=sentinels["band"])

    def ids_to(self, high: int) -> list | None:
        """The first `high` ids in relevance order, when ranked ahead and enough."""
        if (
            self.ids is None
            or not self.ids
            or (high > len(self.ids) and self.total > len(self.ids))
        ):
            return None
        return self.ids[:high]


def _ranked_and_counted_sql(
    ranked: QuerySet, *, band: int | None = None, among: int | None = None
) -> tuple[str, list]:
    """The statement giving (id, number of matches) of the first RANKED_AHEAD rows of
    `ranked` (a relevance-ordered `values("pk")` of the narrow rows), in its order; with
    `among`, of the first `among` matches found (in no order: exact when there are no
    more). `band` is not used (the statements' common signature).

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
    return (
        f"SELECT pk, COUNT(*) OVER () FROM ({sql} {'LIMIT %s' if among else 'OFFSET 0'})"  # noqa: S608 - compiled ORM SQL
        " AS matched (pk, name, relevance) ORDER BY relevance DESC, name, pk LIMIT %s",
        [*params, *([among] if among else []), RANKED_AHEAD],
    )


def _ranked_and_counted_run(sql: str, params: list, *, using: str) -> list[tuple]:
    with connections[using].cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _tier_and_below_sql(ranked: QuerySet, *, band: int) -> tuple[str, list]:
    """One statement: the first RANKED_AHEAD ids of the tier's matches (`installs_band` >=
    `band`: every one ranked), the first RANKED_AHEAD ids of all the matches read, and how
    many were read: every match of the tier, then the others only until SEARCH_COUNT_CAP
    + 1 in all. When that count is within the cap, every match was read and the second
    list is the search's exact order (RELEVANCE_ORDER over both groups; relevance computed
    as in `_ranked_and_counted_sql`, without the tier's lift); else the search is broad
    and the second list is empty (not used: `_RankedAhead.rank`)."""

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
    #
    # The same tier through the search rows' `in_tier` flag when the band the flags are set
    # for (`skill_search_tier`, migration 0022) is this band: an equality key of the same
    # GIN index, whose posting tree the scan skips through by the words' row ids, where the
    # band's range is a partial match read whole (the tier's ~10,400 row ids at 100,000
    # skills, 1.7-2.9 ms of CPU a search whatever the words found; docs/BENCHMARKS.md,
    # "Issue #23, session 16"). Each branch has a condition on the stored band alone, which
    # PostgreSQL checks once before the branch's scan ("One-Time Filter"): exactly one of
    # the two is read, in the statement's own snapshot.
    stored = "(SELECT band FROM skill_search_tier)"  # constants only: the band is a parameter
    flagged_sql, flagged_params = compiled(
        ranked.filter(in_tier=Cast(Value(1), SmallIntegerField())).filter(
            RawSQL(f"{stored} = %s::smallint", (band,), output_field=BooleanField())  # noqa: S611
        )
    )
    range_sql, range_params = compiled(
        ranked.filter(installs_band__gte=Cast(Value(band), SmallIntegerField())).filter(
            RawSQL(f"{stored} IS DISTINCT FROM %s::smallint", (band,), output_field=BooleanField())  # noqa: S611
        )
    )
    tier_sql = f"({flagged_sql}) UNION ALL ({range_sql})"
    tier_params = [*flagged_params, *range_params]
    # An integer written as one: with parameters bound on the server (psycopg sends a small
    # int as a smallint) the bare value made the others' condition one of the GIN index, a
    # range read whole (~90,000 row ids at 100,000 skills) and 14 ms of planning: the tier
    # statement cost 14-15 ms of PostgreSQL CPU against 4.9 with
    # DATABASE_PREPARED_STATEMENTS=true (docs/BENCHMARKS.md, "Issue #23, session 16").
    others = ranked.filter(installs_band__lt=Cast(Value(band), IntegerField()))
    below_sql, below_params = compiled(others)
    # The others counted without their relevance: ranked only when the count shows they are
    # all the matches (`every`, below). A broad search (more than SEARCH_COUNT_CAP) keeps
    # only the tier's order, and computing the relevance of the hundreds of others it
    # reads to count them was a sixth of its statement's CPU (`excel` at 100,000 skills,
    # 704 others: 2.6 ms ranked, 1.7 ms counted; docs/BENCHMARKS.md, "Issue #23, session
    # 15"). A search within the cap reads its others twice (counted, then ranked).
    counted_sql, counted_params = others.order_by().values_list("pk").query.sql_with_params()
    order = "ORDER BY relevance DESC, name, pk"
    room = "greatest(%s - (SELECT count(*) FROM tier), 0)"  # of the cap, after the tier's

    def first(cte: str) -> str:  # a top-N sort, then the N numbered in order
        top = f"SELECT * FROM {cte} {order} LIMIT %s"  # noqa: S608 - constants
        return f"SELECT row_number() OVER ({order}) AS place, pk FROM ({top}) AS top"  # noqa: S608

    sql = (
        f"WITH tier (pk, name, relevance) AS MATERIALIZED ({tier_sql}),"  # noqa: S608 - compiled ORM SQL
        f" counted AS MATERIALIZED (SELECT (SELECT count(*) FROM tier)"
        f" + (SELECT count(*) FROM ({counted_sql} LIMIT {room}) AS others) AS total),"
        # Read only when `every` is: a CTE runs when first scanned, never for a broad search.
        f" below (pk, name, relevance) AS MATERIALIZED ({below_sql} LIMIT {room}),"
        " read AS (SELECT * FROM tier UNION ALL SELECT * FROM below)"
        f" SELECT 0, place, pk FROM ({first('tier')}) AS t"
        f" UNION ALL SELECT 1, place, pk FROM ({first('read')}) AS e"
        " WHERE (SELECT total FROM counted) <= %s"
        " UNION ALL SELECT 2, total, NULL FROM counted"
    )
    params = [
        *tier_params,
        *counted_params,
        SEARCH_COUNT_CAP + 1,
        *below_params,
        SEARCH_COUNT_CAP + 1,
        RANKED_AHEAD,
        RANKED_AHEAD,
        SEARCH_COUNT_CAP,
    ]
    return sql, params


def _tier_and_below_run(sql: str, params: list, *, using: str) -> tuple[list, list, int]:
    """(the tier's first ids, every match read's first ids, how many were read)."""
    with connections[using].cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    rows.sort()  # by (list, place): unique in each list, so the ids are never compared
    lists: tuple[list, list] = ([], [])
    total = 0
    for which, place, pk in rows:
        if which == 2:
            total = place
        else:
            lists[which].append(pk)
    return lists[0], lists[1], total


_RANKED, _RANKED_AMONG, _TIER_AND_BELOW = "ranked", "ranked among", "tier and below"
#: The ranking statements of a relevance search: kind -> (ranked, band=) -> (SQL, params).
_STATEMENTS: dict[str, Callable[..., tuple[str, list]]] = {
    _RANKED: _ranked_and_counted_sql,
    _RANKED_AMONG: lambda ranked, band=None: _ranked_and_counted_sql(
        ranked, among=SEARCH_COUNT_CAP + 1
    ),
    _TIER_AND_BELOW: _tier_and_below_sql,
}


def search_ranked_ids(qs: QuerySet[Skill], high: int) -> list | None:
    """The ids of the first `high` results of `qs`, in order, when `qs` is an unfiltered
    relevance search whose count has ranked them already (`_RankedAhead`; the same
    condition as `_RankedSlice`'s), else None. Its rows may then be read by these ids:
    `_RankedSlice` would read exactly these, ordered by the same relevance. The search as
    `skill_search` returned it says so without its query being made (`search_ahead`)."""
    ahead = getattr(qs, "search_ahead", None)
    if ahead is not None:
        return ahead.ids_to(high)
    ahead = getattr(qs.query, "narrow_count", None)
    if (
        ahead is None
        or not ahead.relevance
        or tuple(qs.query.order_by) != RELEVANCE_ORDER
        or len(qs.query.where.children) != ahead.conditions
    ):
        return None
    return ahead.ids_to(high)
