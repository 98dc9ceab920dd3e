"""Daily summaries kept by compute_rankings: final days are read from SkillDailyCount, the
days that can still receive events from the raw events, and the numbers never change."""

from __future__ import annotations

import threading
from collections import Counter
from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine
from django.db import connection

from rankings.models import (
    CountTotalsMark,
    SkillCountTotal,
    SkillDailyCount,
    SkillEvent,
    SkillPopularity,
    SkillRankSnapshot,
    SummarisedDay,
)
from rankings.services.aggregate import event_counts
from rankings.services.events import MAX_EVENT_AGE, event_record
from rankings.services.prune import events_prune
from rankings.services.run import rankings_compute
from rankings.services.summaries import daily_counts_refresh, raw_events_start
from rankings.services.totals import WINDOW_DAYS, count_totals_reset
from tests.factories import CategoryFactory, PublishedSkillFactory

pytestmark = pytest.mark.django_db
NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)
TODAY = NOW.date()
FIELDS = (
    "skill_id",
    "installs_total",
    "installs_7d",
    "installs_30d",
    "downloads_total",
    "copies_total",
    "views_total",
    "views_30d",
    "score",
    "trending_score",
    "breakdown",
)


def popularity() -> list[tuple]:
    return sorted(SkillPopularity.objects.values_list(*FIELDS))


def snapshots(day: date) -> list[tuple]:
    return sorted(
        SkillRankSnapshot.objects.filter(date=day).values_list("board", "rank", "skill_id", "score")
    )


def raw_only_counts(day: date) -> dict:
    """The from-scratch aggregate: every day read from the raw events."""
    return event_counts(day=day, raw_from=raw_events_start())


def forget_summaries() -> None:
    days = list(SummarisedDay.objects.values_list("day", flat=True))
    SkillDailyCount.objects.filter(day__in=days).delete()
    SummarisedDay.objects.all().delete()


@pytest.fixture
def history(add_events):
    """Four skills with installs, copies, downloads and views over 130 days."""
    category = CategoryFactory(key="data")
    skills = [PublishedSkillFactory(category=category) for _ in range(4)]
    for i, skill in enumerate(skills):
        for days_ago in (0, 1, 2, 3, 4, 6, 9, 13, 20, 29, 30, 45, 95, 130):
            add_events(skill, "install", (i * 7 + days_ago) % 11 + 1, days_ago=days_ago, now=NOW)
            add_events(skill, "copy", i + 1, days_ago=days_ago, now=NOW)
            add_events(skill, "download", (days_ago + i) % 3, days_ago=days_ago, now=NOW)
            add_events(skill, "view", 3, days_ago=days_ago, now=NOW)
            add_events(skill, "view", 2, days_ago=days_ago, counted=False, now=NOW)
    return skills


@time_machine.travel(NOW, tick=False)
def test_first_run_summarises_every_final_day_and_reads_the_rest_raw(history):
    run = rankings_compute()
    assert run.raw_from == (NOW - MAX_EVENT_AGE).date()  # the oldest day that may still change
    summarised = sorted(SummarisedDay.objects.values_list("day", flat=True))
    assert summarised[0] == raw_events_start() and summarised[-1] == run.raw_from - timedelta(
        days=1
    )
    assert len(summarised) == (run.raw_from - summarised[0]).days  # every day, empty ones too
    assert not SkillDailyCount.objects.filter(day__gte=run.raw_from).exists()
    day = TODAY - timedelta(days=9)
    start = datetime(day.year, day.month, day.day, tzinfo=UTC)
    assert (
        SummarisedDay.objects.get(day=day).events
        == SkillEvent.objects.filter(
            counted=True, created_at__gte=start, created_at__lt=start + timedelta(days=1)
        ).count()
    )
    assert event_counts(day=TODAY) == raw_only_counts(TODAY)


@time_machine.travel(NOW, tick=False)
def test_daily_runs_give_the_same_rankings_as_a_from_scratch_aggregate(history, add_events):
    rankings_compute()
    for step in range(1, 5):  # four more days, with new and late events each day
        with time_machine.travel(NOW + timedelta(days=step, hours=step), tick=False):
            now = datetime.now(UTC)
            for i, skill in enumerate(history):
                add_events(skill, "install", i + step, days_ago=0, now=now)
                add_events(skill, "download", step, now=now - MAX_EVENT_AGE + timedelta(minutes=5))
            run = rankings_compute()
            assert run.summarised_days == 1
            today = now.date()
            assert event_counts(day=today, raw_from=run.raw_from) == raw_only_counts(today)
            incremental, boards = popularity(), snapshots(today)
            forget_summaries()
            rankings_compute()
            assert popularity() == incremental
            assert snapshots(today) == boards


@time_machine.travel(NOW, tick=False)
def test_late_events_within_the_accepted_age_are_counted_after_the_next_run(history):
    skill = history[0]
    rankings_compute()
    before = SkillPopularity.objects.get(skill=skill).installs_total
    late = event_record(
        skill=skill,
        kind="install",
        actor="late-visitor",
        at=NOW - MAX_EVENT_AGE + timedelta(minutes=1),
    )
    assert late.status == "counted"
    too_late = event_record(
        skill=skill, kind="install", actor="later", at=NOW - MAX_EVENT_AGE - timedelta(minutes=1)
    )
    assert too_late.status == "rejected"
    rankings_compute()
    assert SkillPopularity.objects.get(skill=skill).installs_total == before + 1
    # Days later the late event's day is final and summarised, and still counted once.
    late_day = (NOW - MAX_EVENT_AGE).date()
    with time_machine.travel(NOW + timedelta(days=4), tick=False):
        rankings_compute()
        assert SummarisedDay.objects.filter(day=late_day).exists()
        assert SkillPopularity.objects.get(skill=skill).installs_total == before + 1
        assert event_counts(day=datetime.now(UTC).date()) == raw_only_counts(
            datetime.now(UTC).date()
        )


@time_machine.travel(NOW, tick=False)
def test_events_written_into_a_summarised_day_behind_the_service_are_picked_up(history, add_events):
    skill = history[1]
    rankings_compute()
    before = SkillPopularity.objects.get(skill=skill).installs_total
    add_events(skill, "install", 5, days_ago=40)  # an import, a fixture: not through event_record
    add_events(
        skill, "view", 2, days_ago=41, counted=False
    )  # stored, not counted: no rewrite needed
    refresh = daily_counts_refresh()
    assert refresh.summarised == [TODAY - timedelta(days=40)]
    rankings_compute()
    assert SkillPopularity.objects.get(skill=skill).installs_total == before + 5
    assert event_counts(day=TODAY) == raw_only_counts(TODAY)


def summed_by_hand(through: date) -> dict:
    totals: dict = {}
    for skill_id, kind, count in SkillDailyCount.objects.filter(day__lte=through).values_list(
        "skill_id", "kind", "count"
    ):
        totals.setdefault(skill_id, Counter())[kind] += count
    return {pk: (c["install"], c["download"], c["copy"], c["view"]) for pk, c in totals.items()}


def stored_totals() -> dict:
    return {
        pk: tuple(values)
        for pk, *values in SkillCountTotal.objects.values_list(
            "skill_id", "installs", "downloads", "copies", "views"
        )
    }


@time_machine.travel(NOW, tick=False)
def test_all_time_totals_hold_the_days_before_the_windows_and_move_a_day_a_run(history, add_events):
    rankings_compute()
    mark = CountTotalsMark.objects.get().day
    assert mark == TODAY - timedelta(days=WINDOW_DAYS)  # the oldest day no window reads
    assert stored_totals() == summed_by_hand(mark) and stored_totals()  # days 30, 45, 95, 130
    for step in (1, 2):
        with time_machine.travel(NOW + timedelta(days=step), tick=False):
            add_events(history[0], "install", 3, days_ago=0)
            rankings_compute()
            today = datetime.now(UTC).date()
            assert CountTotalsMark.objects.get().day == mark + timedelta(days=step)
            assert stored_totals() == summed_by_hand(mark + timedelta(days=step))
            assert event_counts(day=today) == raw_only_counts(today)
    # A run for a past date, whose windows reach into the totals, reads the daily counts.
    assert event_counts(day=TODAY - timedelta(days=10)) == raw_only_counts(
        TODAY - timedelta(days=10)
    )


@time_machine.travel(NOW, tick=False)
def test_pruning_days_the_totals_hold_keeps_them_exact(history):
    rankings_compute()
    totals = stored_totals()
    events_prune(older_than=timedelta(days=40))  # days 45, 95, 130: held by the totals
    assert stored_totals() == totals == summed_by_hand(CountTotalsMark.objects.get().day)
    count_totals_reset()
    assert not SkillCountTotal.objects.exists()
    rankings_compute()  # built again from every daily count, pruned days included
    assert stored_totals() == totals


@time_machine.travel(NOW, tick=False)
def test_summaries_deleted_behind_compute_are_written_again(history):
    rankings_compute()
    before = popularity()
    SkillDailyCount.objects.filter(day__gte=TODAY - timedelta(days=30)).delete()  # say a TRUNCATE
    assert rankings_compute().summarised_days == 8  # the days of the history within those 30
    assert popularity() == before


@time_machine.travel(NOW, tick=False)
def test_pruning_after_summaries_changes_nothing(history):
    rankings_compute()
    before, boards = popularity(), snapshots(TODAY)
    summary_rows = SkillDailyCount.objects.count()
    stats = events_prune(older_than=timedelta(days=90))
    assert (
        stats["days"] == 2
        and not SkillEvent.objects.filter(created_at__lt=NOW - timedelta(days=91)).exists()
    )
    assert SkillDailyCount.objects.count() == summary_rows  # the same rows, rewritten
    assert not SummarisedDay.objects.filter(day__lt=TODAY - timedelta(days=90)).exists()
    rankings_compute()
    assert popularity() == before and snapshots(TODAY) == boards
    events_prune(older_than=timedelta(days=3))  # everything that is final
    rankings_compute()
    assert popularity() == before and snapshots(TODAY) == boards
    with time_machine.travel(NOW + timedelta(days=2), tick=False):
        assert (
            rankings_compute().summarised_days == 2
        )  # after pruning, days are summarised as usual
        day = datetime.now(UTC).date()
        assert event_counts(day=day) == raw_only_counts(day)


@time_machine.travel(NOW, tick=False)
def test_dry_run_writes_no_summaries_and_reads_those_days_raw(history):
    run = rankings_compute(dry_run=True)
    assert run.summarised_days > 0 and run.raw_from == raw_events_start()
    assert not SummarisedDay.objects.exists() and not SkillDailyCount.objects.exists()
    rankings_compute()
    assert event_counts(day=TODAY) == raw_only_counts(TODAY)


@time_machine.travel(NOW, tick=False)
def test_recent_days_with_only_summary_rows_count(add_events):
    """load_demo's shape: past days as daily counts only, the last hours as raw events."""
    skill = PublishedSkillFactory()
    for days_ago in range(1, 6):
        SkillDailyCount.objects.create(
            skill=skill, day=TODAY - timedelta(days=days_ago), kind="install", count=3
        )
    add_events(skill, "install", 2, now=NOW)
    run = rankings_compute()
    assert run.raw_from == TODAY and run.summarised_days == 0
    assert SkillPopularity.objects.values_list("installs_total", "installs_7d").get() == (17, 17)
    assert SkillDailyCount.objects.count() == 5  # nothing rewritten


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_parallel_runs_for_one_date_queue_instead_of_colliding(add_events):
    """Two schedulers (or a re-run while the cron runs): both finish, one set of rows."""
    now = datetime.now(UTC)
    skills = [PublishedSkillFactory() for _ in range(5)]
    for i, skill in enumerate(skills):
        for days_ago in (0, 3, 8, 40):
            add_events(skill, "install", i + days_ago % 4 + 1, days_ago=days_ago, now=now)
    errors: list[BaseException] = []
    barrier = threading.Barrier(3)

    def run() -> None:
        try:
            barrier.wait()
            rankings_compute()
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert SkillRankSnapshot.objects.filter(board="top").count() == 5
    assert SummarisedDay.objects.filter(day=(now - timedelta(days=40)).date()).get().events > 0
    assert event_counts(day=now.date()) == raw_only_counts(now.date())
