"""Daily summaries: SkillDailyCount rows (counted events per skill, kind and UTC day) for
every day that can no longer receive events, kept by `daily_counts_refresh` before each
ranking run and rewritten day by day when pruning.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from django.db import connection, transaction
from django.db.models import Count, Exists, Max, Min, OuterRef, Q, Sum
from django.db.models.functions import TruncDate
from django.utils import timezone

from rankings.models import CountTotalsMark, SkillDailyCount, SkillEvent, SummarisedDay
from rankings.services.db import SUMMARY_WRITERS_LOCK, midnight, tune_for_aggregates, writers_lock
from rankings.services.events import MAX_EVENT_AGE
from rankings.services.totals import count_totals_reset, totals_add

# A day can still receive events until MAX_EVENT_AGE after its end (the API accepts events
# that old); the margin covers requests in flight and clocks that disagree.
LATE_EVENT_MARGIN = timedelta(hours=1)


def _first_open_day(now: datetime) -> date:
    """The oldest UTC day that may still receive events; every day before it is final."""
    return (now - MAX_EVENT_AGE - LATE_EVENT_MARGIN).astimezone(UTC).date()


def _day_runs(days: Iterable[date]) -> list[tuple[date, date]]:
    """Runs of consecutive days, as (first, last) pairs, oldest first."""
    runs: list[tuple[date, date]] = []
    for day in sorted(set(days)):
        if runs and day == runs[-1][1] + timedelta(days=1):
            runs[-1] = (runs[-1][0], day)
        else:
            runs.append((day, day))
    return runs


def _events_on(runs: list[tuple[date, date]]) -> Q:
    """Events created on the days of `runs` (not empty): one time range per run."""
    q = Q()
    for first, last in runs:
        q |= Q(created_at__gte=midnight(first), created_at__lt=midnight(last + timedelta(days=1)))
    return q


def _per_day(queryset):
    """`queryset` of events grouped by UTC day: values("event_day")."""
    return (
        queryset.annotate(event_day=TruncDate("created_at", tzinfo=UTC))
        .order_by()
        .values("event_day")
    )


def daily_counts_replace(first: date, last: date) -> dict[date, int]:
    """Rewrite SkillDailyCount for the days first..last from the counted raw events.

    One DELETE and one `INSERT … SELECT … GROUP BY skill, day, kind`: nothing goes through
    Python. Returns the counted events of each day written (days without any are absent).
    """
    mark = CountTotalsMark.objects.first()
    covered = None  # the days the all-time totals hold: they follow the rewrite
    if mark is not None and first <= mark.day:
        covered = SkillDailyCount.objects.filter(day__gte=first, day__lte=min(last, mark.day))
        totals_add(covered, sign=-1)
    SkillDailyCount.objects.filter(day__gte=first, day__lte=last).delete()
    grouped = (
        _per_day(
            SkillEvent.objects.filter(
                counted=True,
                created_at__gte=midnight(first),
                created_at__lt=midnight(last + timedelta(days=1)),
            )
        )
        .values("skill_id", "event_day", "kind")
        .annotate(n=Count("pk"))
        .values_list("skill_id", "event_day", "kind", "n")
        .order_by("skill_id", "event_day", "kind")  # in index order: the first run 1.3x faster
    )
    sql, params = grouped.query.sql_with_params()
    table = SkillDailyCount._meta.db_table
    with connection.cursor() as cursor:
        if (
            connection.vendor == "postgresql"
        ):  # the day totals from the rows written, not read again
            cursor.execute(
                f"WITH written AS (INSERT INTO {table} (skill_id, day, kind, count) {sql} "  # noqa: S608 - constant names
                "RETURNING day, count) SELECT day, SUM(count) FROM written GROUP BY day",
                params,
            )
            written = dict(cursor.fetchall())
        else:
            cursor.execute(f"INSERT INTO {table} (skill_id, day, kind, count) {sql}", params)
            written = None
    if covered is not None:
        totals_add(covered, sign=1)
    if written is not None:
        return written
    return dict(
        SkillDailyCount.objects.filter(day__gte=first, day__lte=last)
        .order_by()
        .values("day")
        .annotate(n=Sum("count"))
        .values_list("day", "n")
    )


@dataclass
class SummaryRefresh:
    raw_from: date  # days before it are read from SkillDailyCount, the rest from raw events
    summarised: list[date] = field(default_factory=list)  # days (re)written (or to be, dry run)
    checked: int = 0  # summarised days whose raw events were counted again


def daily_counts_refresh(*, dry_run: bool = False) -> SummaryRefresh:
    """Summarise into SkillDailyCount every UTC day that can no longer receive events.

    Events are accepted up to `MAX_EVENT_AGE` old, so a day is final `MAX_EVENT_AGE` after
    its end (plus `LATE_EVENT_MARGIN` for requests in flight); from then on its raw events
    never change and it is summarised once. Days that are not final yet (the last three
    or four, today included) stay raw: rankings read them from the raw events, so a late
    event is never lost and no summary is ever rewritten for one.

    Writes that bypass `event_record` (imports, fixtures, `seed_scale`) are caught too: a
    summarised day that received events above the last run's high-water mark, or whose
    summary rows are gone, is counted again and re-summarised when its counted raw events
    and its summary disagree (counted events are only ever added, and a deleted skill
    takes its summary rows along, so equal totals mean an unchanged day).

    Only days from the first raw day on are ever written: days before it were pruned and
    their summary is all there is. The boundary `raw_from` is the first day that is not
    final, or the first raw day when that is later (the days between have no raw events,
    only summary rows, say from `load_demo`). A dry run writes nothing and returns the
    days it would write in `summarised`, with `raw_from` early enough that rankings read
    those days raw.
    """
    now = timezone.now()
    first_open = _first_open_day(now)
    first_raw = raw_events_start()
    if first_raw is None:  # nothing raw: every day is read from the summary
        return SummaryRefresh(
            raw_from=max(first_open, now.astimezone(UTC).date() + timedelta(days=1))
        )
    raw_from = max(first_open, first_raw)
    with transaction.atomic():
        if not dry_run:
            writers_lock(SUMMARY_WRITERS_LOCK)
            tune_for_aggregates()  # the first run groups every raw event
        # Rows of days that are not final yet (another clock, an older version) do not count.
        known = {row.day: row for row in SummarisedDay.objects.filter(day__lt=first_open)}
        mark = SkillEvent.objects.aggregate(mark=Max("pk"))["mark"] or 0
        start = max(max(known) + timedelta(days=1), first_raw) if known else first_raw
        new_days = [start + timedelta(days=i) for i in range((first_open - start).days)]
        suspect: set[date] = set()
        if known:
            # Written into since the last run, or summary rows gone (a TRUNCATE … CASCADE).
            since = max(row.last_event_id for row in known.values())
            suspect.update(
                row["event_day"]
                for row in _per_day(
                    SkillEvent.objects.filter(
                        pk__gt=since,
                        created_at__gte=midnight(min(known)),
                        created_at__lt=midnight(max(known) + timedelta(days=1)),
                    )
                ).distinct()
            )
            suspect.update(
                SummarisedDay.objects.filter(day__in=known, events__gt=0)
                .exclude(Exists(SkillDailyCount.objects.filter(day=OuterRef("day"))))
                .values_list("day", flat=True)
            )
            suspect = {day for day in suspect if day >= first_raw}  # never a pruned day
        counted: dict[date, int] = {}
        if suspect:
            raw = dict(
                _per_day(SkillEvent.objects.filter(_events_on(_day_runs(suspect)), counted=True))
                .annotate(n=Count("pk"))
                .values_list("event_day", "n")
            )
            summary = dict(
                SkillDailyCount.objects.filter(day__in=suspect)
                .order_by()
                .values("day")
                .annotate(n=Sum("count"))
                .values_list("day", "n")
            )
            counted = {
                day: summary.get(day, 0)
                for day in suspect
                if raw.get(day, 0) == summary.get(day, 0)
            }
        stale = sorted(suspect - set(counted))
        summarised = sorted({*new_days, *stale})
        if dry_run:
            return SummaryRefresh(
                raw_from=min([*summarised, raw_from]), summarised=summarised, checked=len(suspect)
            )
        SummarisedDay.objects.filter(day__gte=first_open).delete()
        if summarised and CountTotalsMark.objects.filter(day__gte=summarised[0]).exists():
            # Days the totals hold are summarised again: written around this module (rows
            # or SummarisedDay rows deleted, events added by an import). The totals cannot
            # be corrected by difference then, so they are built again.
            count_totals_reset()
        events = dict(counted)  # checked and unchanged
        for first, last in _day_runs(summarised):
            written = daily_counts_replace(first, last)
            for offset in range((last - first).days + 1):
                day = first + timedelta(days=offset)
                events[day] = written.get(day, 0)
        SummarisedDay.objects.bulk_create(
            [
                SummarisedDay(day=day, events=n, last_event_id=mark, checked_at=now)
                for day, n in events.items()
            ],
            update_conflicts=True,
            unique_fields=["day"],
            update_fields=["events", "last_event_id", "checked_at"],
        )
    return SummaryRefresh(raw_from=raw_from, summarised=summarised, checked=len(suspect))


def raw_events_start() -> date | None:
    """The first UTC day that still has raw events (days before it were pruned)."""
    first = SkillEvent.objects.aggregate(first=Min("created_at"))["first"]
    return first.astimezone(UTC).date() if first else None
