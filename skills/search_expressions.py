"""The relevance search's SQL expressions (skills.selectors): the match test, the OR'd query,
the relevance with its popularity boost and tier lift, and the ranked slice a page reads."""

from __future__ import annotations

import math

from django.db.models import (
    BooleanField,
    Expression,
    F,
    FloatField,
    Func,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.functions import Cast

from skills.models import (
    INSTALLS_BAND_STEPS,
    Skill,
)
from skills.search_ranked import (
    RELEVANCE_ORDER,
    _Marked,
    _RankedAhead,
    relevance_text,
)

_BOOST_PER_BAND = math.log(2) / (10 * INSTALLS_BAND_STEPS)


def _popularity_boost():
    return Value(1.0) + Cast("installs_band", FloatField()) * Value(_BOOST_PER_BAND)


class _Matches(Func):
    """`vector @@ query` for any tsquery expression (the `search_vector=` lookup only
    takes a SearchQuery)."""

    arg_joiner = " @@ "
    template = "(%(expressions)s)"
    output_field = BooleanField()


class _TsQueryOr(Func):
    arg_joiner = " || "
    template = "(%(expressions)s)"

    def __init__(self, *expressions):
        from django.contrib.postgres.search import SearchQueryField

        super().__init__(*expressions, output_field=SearchQueryField())


class _Relevance(Expression):
    """(ts_rank + name closeness) x the popularity boost (`_popularity_boost`), in double precision
    (numeric ln() over thousands of matches cost more than the ranking). The closeness
    is the share of the name the query covers when the name contains it (hyphens as
    spaces): 1 for the exact name, more for `docker-kit` than `monitor-aws-docker` on
    "docker"; trigram similarity did that at ten times the cost. One node: the search
    builds it twice per statement, and Django's expression trees are slow to copy.

    `tier`: a broad search's `_RankedAhead`; once it has chosen a tier (`tier.band`) the
    skills of the tier rank ahead of the rest (see `_RankedAhead`)."""

    def __init__(self, tsquery, query: str, tier: _RankedAhead | None = None):
        super().__init__(output_field=FloatField())
        self.query = relevance_text(query)
        self.tier = tier
        self.vector, self.tsquery, self.name, self.installs = (
            F("search_vector"),
            tsquery,
            F("name"),
            F("installs_band"),
        )

    def get_source_expressions(self):
        return [self.vector, self.tsquery, self.name, self.installs]

    def set_source_expressions(self, exprs):
        self.vector, self.tsquery, self.name, self.installs = exprs

    def as_sql(self, compiler, connection):
        (vector, p1), (tsquery, p2), (name, p3), (installs, p4) = (
            compiler.compile(e) for e in self.get_source_expressions()
        )
        closeness = (
            f"CASE WHEN strpos(lower(replace({name}, '-', ' ')), %s) > 0"
            f" THEN %s / greatest(length({name}), 1)::float8 ELSE 0 END"
        )
        sql = f"((ts_rank({vector}, {tsquery}) + {closeness}) * (1 + ({installs})::float8 * %s))"
        params = (*p1, *p2, *p3, self.query, len(self.query), *p3, *p4, _BOOST_PER_BAND)
        band = self.tier.band if self.tier is not None else None
        if band is not None:
            # The rest below every skill of the tier, each group in its own order: the
            # relevance is positive, -1/r negative and increasing with r (an added lift
            # rounded away the 1e-20 that ts_rank gives a query with an excluded word).
            sql = f"(CASE WHEN {installs} >= %s THEN {sql} ELSE -1 / greatest({sql}, 1e-300) END)"
            params = (*p4, band, *params, *params)
        return sql, params


class _RankedSlice(Expression):
    """The search condition of a relevance-ordered search, compiled for the slice asked.

    PostgreSQL joins a card's related rows (category, version, popularity) to every
    match before it sorts them, unless a parallel plan happens to sort first: 10 ms and
    more for a word that matches thousands of skills. So when the outer query is ordered
    by RELEVANCE_ORDER and sliced (a page), this compiles to `id IN (the top `high mark`
    ids by relevance)`: the ranking runs on the skills table alone and only the rows of
    the page (and those before it) are joined and sorted again. Unsliced, differently
    ordered or counted (`order_by()[:cap].count()`), it is the plain match.

    The top ids are ranked with the search's own filters only: a condition added to the
    returned queryset afterwards (`skill_search(...).filter(...)`: skills.sh's owner, the
    MCP tool's further tags) would drop the top ids that fail it and never see the ones
    ranked below them, so then it is the plain match too (the outer query ranks the
    matches that pass every condition). `marked.conditions` is the number of conditions
    the search left (set after its last filter).
    """

    conditional = True

    def __init__(self, match, ranked: QuerySet[Skill], marked: _Marked):
        super().__init__(output_field=BooleanField())
        self.match, self.pk = match, F("pk")
        # A query of its own (no outer reference), made a subquery only when compiled
        # without ids ranked ahead: resolving it with the search's filter copied it whole,
        # a tenth of an uncached API search's instructions (issue #23).
        self.ranked = ranked
        self.marked = marked

    def get_source_expressions(self):
        return [self.match, self.pk]

    def set_source_expressions(self, exprs):
        self.match, self.pk = exprs

    def as_sql(self, compiler, connection):
        outer = compiler.query
        if (
            outer.high_mark is None
            or tuple(outer.order_by) != RELEVANCE_ORDER
            or len(outer.where.children) != self.marked.conditions
        ):
            return compiler.compile(self.match)
        pk_sql, pk_params = compiler.compile(self.pk)
        marked = self.marked
        ids = marked.ids_to(outer.high_mark) if isinstance(marked, _RankedAhead) else None
        if ids:  # ranked already, with the count (`_RankedAhead`)
            marks = ", ".join(["%s"] * len(ids))
            return f"{pk_sql} IN ({marks})", (*pk_params, *ids)
        ranked = Subquery(self.ranked[: outer.high_mark]).resolve_expression(outer)
        ranked_sql, ranked_params = compiler.compile(ranked)
        return f"{pk_sql} IN {ranked_sql}", (*pk_params, *ranked_params)
