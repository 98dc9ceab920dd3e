"""compute_rankings on PostgreSQL outside a transaction: the summaries, the skills and the
sort keys are handled by background connections. The result must equal a sequential run's."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from rankings.models import SkillDailyCount, SkillPopularity, SkillRankSnapshot, SummarisedDay
from rankings.services import run as run_module
from rankings.services.run import rankings_compute
from skills.models import SkillSortKey
from tests.factories import CategoryFactory, PublishedSkillFactory

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]
FIELDS = (
    "skill__slug",
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


def state() -> tuple:
    today = datetime.now(UTC).date()
    return (
        sorted(SkillPopularity.objects.values_list(*FIELDS)),
        sorted(
            SkillRankSnapshot.objects.filter(date=today).values_list(
                "board", "rank", "skill__slug", "score"
            )
        ),
        sorted(SkillSortKey.objects.values_list("skill__slug", "installs_total", "trending_score")),
        sorted(SkillDailyCount.objects.values_list("skill__slug", "day", "kind", "count")),
    )


def forget() -> None:
    SkillPopularity.objects.all().delete()
    SkillRankSnapshot.objects.all().delete()
    SkillDailyCount.objects.all().delete()
    SummarisedDay.objects.all().delete()
    SkillSortKey.objects.update(installs_total=0, trending_score=0.0)


@pytest.fixture
def catalogue(add_events):
    now = datetime.now(UTC)
    category = CategoryFactory(key="data")
    canonical = PublishedSkillFactory(category=category)
    skills = [canonical, PublishedSkillFactory(mirror_of=canonical)]
    skills += [PublishedSkillFactory(category=category, stars=10 * i) for i in range(6)]
    for i, skill in enumerate(skills):
        for days_ago in (0, 1, 3, 5, 9, 16, 29, 40):
            add_events(skill, "install", (i * 3 + days_ago) % 7 + 1, days_ago=days_ago, now=now)
            add_events(skill, "copy", i % 3, days_ago=days_ago, now=now)
            add_events(skill, "view", 2, days_ago=days_ago, now=now)
    return skills


def test_a_parallel_run_equals_a_sequential_run(catalogue, settings):
    settings.RANKINGS_PARALLEL = False
    sequential = rankings_compute()
    assert "summaries (background)" not in sequential.timings
    expected = state()
    forget()
    settings.RANKINGS_PARALLEL = True
    run = rankings_compute()
    assert {"summaries (background)", "skills (background)", "sort keys (background)"} <= set(
        run.timings
    )
    assert run.summarised_days == sequential.summarised_days > 0
    assert state() == expected
    assert rankings_compute().popularity_written == 0  # and a re-run changes nothing
    assert state() == expected


def test_a_failing_background_step_fails_the_run(catalogue, monkeypatch):
    def broken(*args):
        raise RuntimeError("sort keys failed")

    monkeypatch.setattr(run_module, "sort_keys_write", broken)
    with pytest.raises(RuntimeError, match="sort keys failed"):
        rankings_compute()
    # The summaries written in the background are whole and the next run completes.
    monkeypatch.undo()
    rankings_compute()
    assert SkillSortKey.objects.filter(installs_total__gt=0).count() == len(catalogue)


def test_a_failing_foreground_step_waits_for_the_background(catalogue, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("scores failed")

    monkeypatch.setattr(run_module, "scores_and_boards", broken)
    with pytest.raises(RuntimeError, match="scores failed"):
        rankings_compute()
    # The background steps finished before the error reached the caller: summaries whole.
    day = (datetime.now(UTC) - timedelta(days=40)).date()
    counts = SkillDailyCount.objects.filter(day=day).values_list("count", flat=True)
    assert SummarisedDay.objects.get(day=day).events == sum(counts) > 0
