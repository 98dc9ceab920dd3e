"""The aggregate: counted events per skill, all-time and per window, read from the totals,
the daily summaries and the raw events of the days not summarised yet.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from django.db import connection, transaction
from django.db.models import Count, F, Q, QuerySet, Sum, Value
from django.db.models.functions import Coalesce

from rankings import scoring
from rankings.models import (
    INTENT_KINDS,
    CountTotalsMark,
    SkillCountTotal,
    SkillDailyCount,
    SkillEvent,
)
from rankings.services.db import fetch_rows, midnight, tune_for_aggregates
from rankings.services.summaries import daily_counts_refresh
from rankings.services.totals import TOTAL_FIELDS, WINDOW_DAYS

# Per skill, in this order: all-time totals, then windows (see scoring for their use).
AGG_FIELDS = (
    "installs",
    "downloads",
    "copies",
    "views",
    "inst_w0",
    "inst_w1",
    "inst_w2",
    "inst_w3",
    "inst_w4",
    "views_30d",
    "act_recent",
    "act_previous",
)


def _window_filters(day: date, *, on: str, kind_field: str = "kind") -> dict[str, Q]:
    """The filter of each aggregate; `on` is the time column (created_at or day)."""

    def since(days_back: int):
        d = day - timedelta(days=days_back)
        return midnight(d) if on == "created_at" else d

    def between(newest_back: int, oldest_back: int) -> Q:
        # days_back in [newest_back, oldest_back], i.e. since(oldest) <= t < since(newest - 1)
        q = Q(**{f"{on}__gte": since(oldest_back)})
        if newest_back > 0:
            q &= Q(**{f"{on}__lt": since(newest_back - 1)})
        return q

    kind = lambda *kinds: Q(**{f"{kind_field}__in": kinds})  # noqa: E731
    return {
        "installs": kind("install"),
        "downloads": kind("download"),
        "copies": kind("copy"),
        "views": kind("view"),
        # The day test first: cheaper than the kind test, and false for most rows.
        "inst_w0": between(0, 6) & kind("install"),
        "inst_w1": between(7, 13) & kind("install"),
        "inst_w2": between(14, 20) & kind("install"),
        "inst_w3": between(21, 27) & kind("install"),
        "inst_w4": between(28, scoring.MONTH_DAYS - 1) & kind("install"),
        "views_30d": between(0, scoring.MONTH_DAYS - 1) & kind("view"),
        "act_recent": between(0, scoring.TRENDING_DAYS - 1) & kind(*INTENT_KINDS),
        "act_previous": between(scoring.TRENDING_DAYS, 2 * scoring.TRENDING_DAYS - 1)
        & kind(*INTENT_KINDS),
    }


def event_counts(*, day: date, raw_from: date | None = None, text_ids: bool = False) -> dict:
    """Counted events per skill up to the end of `day`: {skill_id: [values of AGG_FIELDS]}.

    Up to three queries, read in one snapshot: the all-time totals (SkillCountTotal, when
    they end before the windows of `day`), one GROUP BY skill over SkillDailyCount for the
    days after them and before `raw_from`, and one over the raw events from `raw_from` on.
    `raw_from` comes from `daily_counts_refresh` (by default a dry run of it).
    With `text_ids` the keys are the ids as the database writes them as text (what
    `rankings_compute` matches with `published_skills`: 100,000 UUID objects cost 0.1 s).
    """
    if raw_from is None:
        raw_from = daily_counts_refresh(dry_run=True).raw_from
    outermost = not connection.in_atomic_block
    with transaction.atomic():
        if outermost and connection.vendor == "postgresql":
            with connection.cursor() as cursor:  # the totals, their mark and the daily counts agree
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        # One worker beside the leader: the parts are small (the summed days, the raw
        # days, the totals) and a run reads the skills meanwhile on another connection;
        # with the server's default of two, three processes and that read shared two cores
        # (docs/RANKINGS.md has the figures).
        tune_for_aggregates(parallel_workers=1)
        return _event_counts(day, raw_from, text_ids=text_ids)


def _event_counts(day: date, raw_from: date, *, text_ids: bool) -> dict:
    mark = CountTotalsMark.objects.filter(
        day__lte=day - timedelta(days=WINDOW_DAYS), day__lt=raw_from
    ).first()
    summary = SkillDailyCount.objects.filter(day__lte=day, day__lt=raw_from)
    if mark is not None:
        summary = summary.filter(day__gt=mark.day)
    filters = _window_filters(day, on="day")
    parts: list[QuerySet] = [  # the first part names the columns of all
        summary.order_by()
        .values("skill_id")
        .annotate(**{name: Coalesce(Sum("count", filter=filters[name]), 0) for name in AGG_FIELDS})
        .values_list("skill_id", *AGG_FIELDS)
    ]
    if mark is not None:  # the totals fill the four all-time fields
        parts.append(
            SkillCountTotal.objects.order_by()
            .annotate(**{f"t_{name}": F(name) for name in TOTAL_FIELDS})
            .annotate(**{name: Value(0) for name in AGG_FIELDS[len(TOTAL_FIELDS) :]})
            .values_list(
                "skill_id",
                *(f"t_{name}" for name in TOTAL_FIELDS),
                *AGG_FIELDS[len(TOTAL_FIELDS) :],
            )
        )
    if raw_from <= day:
        filters = _window_filters(day, on="created_at")
        parts.append(
            SkillEvent.objects.filter(
                counted=True,
                created_at__gte=midnight(raw_from),
                created_at__lt=midnight(day + timedelta(days=1)),
            )
            .order_by()
            .values("skill_id")
            .annotate(**{name: Count("pk", filter=filters[name]) for name in AGG_FIELDS})
            .values_list("skill_id", *AGG_FIELDS)
        )
    if len(parts) == 1 and not text_ids:
        return {skill_id: values for skill_id, *values in fetch_rows(parts[0])}
    # One statement adds the parts up per skill: a third of the rows to fetch and no merge
    # in Python (each part is grouped by skill already).
    # Each part's counts as integer: SUM(integer) is a bigint, SUM(bigint) a numeric (slow).
    quote = connection.ops.quote_name
    selects, params = [], []
    for i, part in enumerate(parts):
        sql, part_params = part.query.sql_with_params()
        names = [
            name
            for name in part.query.values_select + tuple(part.query.annotation_select)
            if name != "skill_id"
        ]
        ints = ", ".join(
            f"CAST({quote(name)} AS integer) AS {quote(field)}"
            for name, field in zip(names, AGG_FIELDS, strict=True)
        )
        selects.append(f"SELECT {quote('skill_id')}, {ints} FROM ({sql}) AS p{i}")  # noqa: S608 - constant names
        params.extend(part_params)
    sums = ", ".join(f"SUM({quote(name)})" for name in AGG_FIELDS)
    key = f"CAST({quote('skill_id')} AS varchar)" if text_ids else quote("skill_id")
    sql = f"SELECT {key}, {sums} FROM ({' UNION ALL '.join(selects)}) AS parts GROUP BY {quote('skill_id')}"  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    if (
        connection.vendor != "postgresql" and not text_ids
    ):  # the raw cursor leaves SQLite's UUIDs as text
        rows = [(uuid.UUID(skill_id), *values) for skill_id, *values in rows]
    return {skill_id: values for skill_id, *values in rows}
