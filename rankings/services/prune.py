"""Pruning raw events: whole old days summarised into SkillDailyCount, then deleted."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, timedelta

from django.db import transaction
from django.utils import timezone

from rankings.models import SkillDailyCount, SkillEvent, SummarisedDay
from rankings.services.db import SUMMARY_WRITERS_LOCK, midnight, writers_lock
from rankings.services.events import MAX_EVENT_AGE
from rankings.services.summaries import daily_counts_replace, raw_events_start

MIN_PRUNE_AGE = timedelta(days=MAX_EVENT_AGE.days + 1)


def events_prune(
    *, older_than: timedelta, dry_run: bool = False, progress: Callable[[str], None] | None = None
) -> dict:
    """Summarise raw events of whole UTC days older than `older_than`, then delete them.

    Day by day, oldest first, each day in one transaction: counted events per skill and
    kind go to SkillDailyCount (replacing what was there for that day: usually the same
    rows, written by `compute_rankings`), then the day's raw events and its SummarisedDay
    row are deleted. Rankings read closed days from the daily counts anyway, and days
    without raw events always, so no ranking changes. Days without raw events are left
    alone. Returns {"days", "events", "summary_rows", "cutoff"}.
    """
    if older_than < MIN_PRUNE_AGE:
        raise ValueError(f"Refusing to prune events younger than {MIN_PRUNE_AGE.days} days.")
    say = progress or (lambda message: None)
    cutoff_day = (timezone.now() - older_than).astimezone(UTC).date()
    stats = {"days": 0, "events": 0, "summary_rows": 0, "cutoff": cutoff_day.isoformat()}
    first = raw_events_start()
    if first is None or first >= cutoff_day:
        return stats
    day = first
    while day < cutoff_day:
        todays = SkillEvent.objects.filter(
            created_at__gte=midnight(day), created_at__lt=midnight(day + timedelta(days=1))
        )
        with transaction.atomic():
            if not todays.exists():
                deleted = summary_rows = 0
            elif dry_run:
                deleted = todays.count()
                summary_rows = (
                    todays.filter(counted=True).values("skill_id", "kind").distinct().count()
                )
            else:
                writers_lock(SUMMARY_WRITERS_LOCK)
                daily_counts_replace(day, day)
                summary_rows = SkillDailyCount.objects.filter(day=day).count()
                deleted, _ = todays.delete()
            if not dry_run:
                SummarisedDay.objects.filter(day=day).delete()  # it has no raw events left
        if deleted:
            stats["days"] += 1
            stats["events"] += deleted
            stats["summary_rows"] += summary_rows
            say(f"{day}: {deleted} events -> {summary_rows} daily counts")
        day += timedelta(days=1)
    return stats
