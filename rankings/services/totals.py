"""All-time totals per skill (SkillCountTotal) of the summarised days older than every
window: the ranking run adds them up instead of summing years of daily counts.
"""

from __future__ import annotations

from datetime import date

from django.db import connection, transaction
from django.db.models import Q, QuerySet, Sum, Value
from django.db.models.functions import Coalesce

from rankings import scoring
from rankings.models import CountTotalsMark, SkillCountTotal, SkillDailyCount
from rankings.services.db import SUMMARY_WRITERS_LOCK, tune_for_aggregates, writers_lock

WINDOW_DAYS = max(
    scoring.MONTH_DAYS, 2 * scoring.TRENDING_DAYS
)  # the oldest window reaches back this far
TOTAL_FIELDS = ("installs", "downloads", "copies", "views")  # the first four AGG_FIELDS
_TOTAL_KINDS = {"installs": "install", "downloads": "download", "copies": "copy", "views": "view"}


def count_totals_reset() -> None:
    """Drop the all-time totals; the next run builds them again. For writers of daily
    counts other than this module (say `load_demo`), in their transaction."""
    CountTotalsMark.objects.all().delete()
    SkillCountTotal.objects.all().delete()


def count_totals_advance(*, through: date) -> bool:
    """Add the daily counts of the days after the totals' mark, up to `through`, to
    SkillCountTotal (every day up to `through` when there are no totals yet). Forward
    only; `through` must be a summarised (or pruned) day. Returns whether they moved.
    A rewrite of days the totals hold (`daily_counts_replace`) corrects them in place."""
    with transaction.atomic():
        writers_lock(SUMMARY_WRITERS_LOCK)
        mark = CountTotalsMark.objects.first()
        if mark is not None and mark.day >= through:
            return False
        rows = SkillDailyCount.objects.filter(day__lte=through)
        if mark is None:
            tune_for_aggregates()  # every summarised day is grouped
        else:
            rows = rows.filter(day__gt=mark.day)
        totals_add(rows, sign=1)
        CountTotalsMark.objects.update_or_create(pk=1, defaults={"day": through})
    return True


def totals_add(daily_counts: QuerySet, *, sign: int) -> None:
    """Add (sign=1) or take away (sign=-1) these daily counts to the totals per skill: one
    `INSERT … SELECT … GROUP BY skill … ON CONFLICT DO UPDATE`, nothing through Python."""
    grouped = (
        daily_counts.order_by()
        .values("skill_id")
        .annotate(
            **{
                name: Coalesce(Sum("count", filter=Q(kind=kind)), 0) * Value(sign)
                for name, kind in _TOTAL_KINDS.items()
            }
        )
        .values_list("skill_id", *TOTAL_FIELDS)
    )
    sql, params = grouped.query.sql_with_params()
    table = SkillCountTotal._meta.db_table
    added = ", ".join(f"{name} = {table}.{name} + excluded.{name}" for name in TOTAL_FIELDS)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} (skill_id, {', '.join(TOTAL_FIELDS)}) {sql} "
            f"ON CONFLICT (skill_id) DO UPDATE SET {added}",
            params,
        )
