from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine
from django.core.management import call_command

from rankings.models import SkillDailyCount, SkillEvent, SkillPopularity, SkillRankSnapshot
from rankings.services.prune import events_prune
from rankings.services.run import rankings_compute
from skills.models import SkillSortKey
from tests.factories import CategoryFactory, PublishedSkillFactory

pytestmark = pytest.mark.django_db
NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)
TODAY = NOW.date()


def board(name: str, day: date = TODAY) -> list[str]:
    return list(
        SkillRankSnapshot.objects.filter(board=name, date=day)
        .order_by("rank")
        .values_list("skill__slug", flat=True)
    )


@time_machine.travel(NOW, tick=False)
def test_compute_scores_counts_and_boards(add_events):
    cat = CategoryFactory(key="data")
    popular = PublishedSkillFactory(category=cat, stars=100)
    quiet = PublishedSkillFactory(category=cat)
    add_events(popular, "install", 30, days_ago=1)
    add_events(popular, "install", 5, days_ago=200)  # all-time only
    add_events(popular, "view", 7, days_ago=3)
    add_events(popular, "install", 50, days_ago=0, counted=False)  # deduplicated: ignored
    run = rankings_compute()
    p = SkillPopularity.objects.get(skill=popular)
    assert (p.installs_total, p.installs_7d, p.installs_30d, p.views_total, p.views_30d) == (
        35,
        30,
        30,
        7,
        7,
    )
    assert p.score > SkillPopularity.objects.get(skill=quiet).score
    assert p.breakdown["installs_week"] > 0
    assert board("top") == [popular.slug, quiet.slug]
    assert board("cat:data") == [popular.slug, quiet.slug]
    assert set(run.boards) >= {"top", "trending", "new", "cat:data"}


@time_machine.travel(NOW, tick=False)
def test_trending_favours_a_fast_riser_over_a_big_flat_skill(add_events):
    big, riser = PublishedSkillFactory(), PublishedSkillFactory()
    for days_ago in range(14):
        add_events(big, "install", 100, days_ago=days_ago)
    add_events(riser, "install", 25, days_ago=1)
    add_events(riser, "download", 15, days_ago=2)
    rankings_compute()
    assert board("top")[0] == big.slug
    assert board("trending")[0] == riser.slug
    assert big.slug not in board("trending")


@time_machine.travel(NOW, tick=False)
def test_a_mirror_never_outranks_its_canonical_skill(add_events):
    canonical = PublishedSkillFactory()
    mirror = PublishedSkillFactory(mirror_of=canonical, stars=50_000)
    add_events(mirror, "install", 500, days_ago=1)
    add_events(mirror, "install", 400, days_ago=10)
    add_events(canonical, "install", 3, days_ago=1)
    rankings_compute()
    top = board("top")
    assert top.index(canonical.slug) < top.index(mirror.slug)
    assert board("trending").index(canonical.slug) < board("trending").index(mirror.slug)
    mirror_pop = SkillPopularity.objects.get(skill=mirror)
    assert mirror_pop.score < SkillPopularity.objects.get(skill=canonical).score
    assert mirror_pop.breakdown["mirror_cap"] < 0  # explained on the skill page


@time_machine.travel(NOW, tick=False)
def test_snapshots_are_idempotent_per_date(add_events):
    skills = [PublishedSkillFactory() for _ in range(3)]
    for i, skill in enumerate(skills):
        add_events(skill, "install", i + 1, days_ago=1)
    rankings_compute()
    first = list(
        SkillRankSnapshot.objects.order_by("board", "rank").values_list(
            "board", "rank", "skill_id", "score"
        )
    )
    rankings_compute()
    rankings_compute()
    again = list(
        SkillRankSnapshot.objects.order_by("board", "rank").values_list(
            "board", "rank", "skill_id", "score"
        )
    )
    assert first == again
    rankings_compute(on=TODAY - timedelta(days=1))
    assert SkillRankSnapshot.objects.filter(date=TODAY).count() == len(first)
    assert SkillRankSnapshot.objects.filter(date=TODAY - timedelta(days=1)).exists()


@time_machine.travel(NOW, tick=False)
def test_dry_run_writes_nothing(add_events):
    add_events(PublishedSkillFactory(), "install", 3, days_ago=1)
    run = rankings_compute(dry_run=True)
    assert run.boards["top"] == 1
    assert not SkillPopularity.objects.exists() and not SkillRankSnapshot.objects.exists()


@time_machine.travel(NOW, tick=False)
def test_pruning_raw_events_leaves_rankings_unchanged(add_events):
    skills = [PublishedSkillFactory() for _ in range(4)]
    for i, skill in enumerate(skills):
        for days_ago in (0, 3, 9, 20, 45, 95, 100, 130):
            add_events(skill, "install", (i * 7 + days_ago) % 11 + 1, days_ago=days_ago)
            add_events(skill, "copy", i + 1, days_ago=days_ago)
            add_events(skill, "view", 2, days_ago=days_ago, counted=False)
    rankings_compute()
    fields = (
        "skill_id",
        "installs_total",
        "installs_7d",
        "installs_30d",
        "copies_total",
        "score",
        "trending_score",
    )
    before = sorted(SkillPopularity.objects.values_list(*fields))
    boards_before = sorted(SkillRankSnapshot.objects.values_list("board", "rank", "skill_id"))
    events_before = SkillEvent.objects.count()

    stats = events_prune(older_than=timedelta(days=90))
    assert stats["days"] == 3 and SkillEvent.objects.count() < events_before
    assert not SkillEvent.objects.filter(created_at__lt=NOW - timedelta(days=91)).exists()
    assert SkillDailyCount.objects.exists()
    rankings_compute()
    assert sorted(SkillPopularity.objects.values_list(*fields)) == before
    assert (
        sorted(SkillRankSnapshot.objects.values_list("board", "rank", "skill_id")) == boards_before
    )

    # Pruning again (and deeper) still changes nothing.
    events_prune(older_than=timedelta(days=10))
    rankings_compute()
    assert sorted(SkillPopularity.objects.values_list(*fields)) == before


@time_machine.travel(NOW, tick=False)
def test_prune_dry_run_and_command(add_events):
    skill = PublishedSkillFactory()
    add_events(skill, "install", 4, days_ago=120)
    call_command("prune_events", "--older-than", "90d", "--dry-run")
    assert SkillEvent.objects.count() == 4 and not SkillDailyCount.objects.exists()
    call_command("prune_events", "--older-than", "90d")
    assert not SkillEvent.objects.exists()
    assert SkillDailyCount.objects.get().count == 4
    with pytest.raises(ValueError):
        events_prune(older_than=timedelta(days=1))


@time_machine.travel(NOW, tick=False)
def test_compute_rankings_command_with_date(add_events, capsys):
    add_events(PublishedSkillFactory(), "install", 2, days_ago=2)
    call_command("compute_rankings", "--date", "2026-06-10")
    assert "Rankings for 2026-06-10" in capsys.readouterr().out
    assert SkillRankSnapshot.objects.filter(date=date(2026, 6, 10)).exists()
    # Events after the ranking date do not count.
    assert SkillPopularity.objects.get().installs_total == 0


@time_machine.travel(NOW, tick=False)
def test_compute_copies_the_sort_keys_to_the_sort_key_table(add_events):
    from skills.selectors import skill_search

    rising = PublishedSkillFactory()
    steady = PublishedSkillFactory()
    add_events(steady, "install", 20, days_ago=20)
    add_events(rising, "install", 12, days_ago=1)
    rankings_compute()
    for skill in (rising, steady):
        popularity = SkillPopularity.objects.get(skill=skill)
        row = SkillSortKey.objects.get(skill=skill)
        assert (row.installs_total, row.trending_score) == (
            popularity.installs_total,
            popularity.trending_score,
        )
    assert [s.pk for s in skill_search(sort="popular")][:2] == [steady.pk, rising.pk]
    assert skill_search(sort="trending").first().pk == rising.pk


@time_machine.travel(NOW, tick=False)
def test_a_run_writes_the_installs_band_and_the_ties_copies(add_events):
    from skills.models import Skill, installs_band

    skill = PublishedSkillFactory(name="before", stars=1)
    add_events(skill, "install", 6, days_ago=2)
    rankings_compute()
    assert Skill.objects.get(pk=skill.pk).installs_band == installs_band(6) == 5
    Skill.objects.filter(pk=skill.pk).update(
        name="after", stars=40
    )  # a sync renamed it, stars came
    add_events(skill, "install", 10, days_ago=1)
    rankings_compute()
    key = SkillSortKey.objects.get(skill=skill)
    assert (key.installs_total, key.stars, key.name) == (16, 40, "after")
    assert Skill.objects.get(pk=skill.pk).installs_band == installs_band(16) == 8


@time_machine.travel(NOW, tick=False)
def test_a_run_adds_the_sort_keys_a_bulk_load_left_out(add_events):
    skill = PublishedSkillFactory()
    add_events(skill, "install", 3, days_ago=2)
    SkillSortKey.objects.filter(skill=skill).delete()  # as a raw INSERT of the skill would leave it
    rankings_compute()
    assert SkillSortKey.objects.get(skill=skill).installs_total == 3


@time_machine.travel(NOW, tick=False)
def test_a_rerun_writes_only_the_rows_that_changed(add_events):

    moved, still = PublishedSkillFactory(), PublishedSkillFactory()
    add_events(moved, "install", 4, days_ago=1)
    add_events(still, "install", 9, days_ago=40)
    first = rankings_compute()
    assert first.popularity_written == 2  # new rows
    unchanged = SkillPopularity.objects.get(skill=still).computed_at
    assert rankings_compute().popularity_written == 0  # nothing changed: nothing written
    add_events(moved, "install", 6, days_ago=0)
    run = rankings_compute()
    assert run.popularity_written == 1
    assert SkillPopularity.objects.get(skill=moved).installs_total == 10
    assert SkillPopularity.objects.get(skill=still).computed_at == unchanged
    assert SkillSortKey.objects.get(skill=moved).installs_total == 10  # the sort key followed
    assert board("top")[0] == moved.slug or board("top")[0] == still.slug  # the board is whole
    assert len(board("top")) == 2


def test_a_row_changed_outside_a_run_is_rewritten_by_the_next(add_events):
    skill = PublishedSkillFactory()
    add_events(skill, "install", 4, days_ago=1)
    rankings_compute()
    stored = SkillPopularity.objects.get(skill=skill)
    assert stored.values_digest is not None
    stored.installs_total = 999
    stored.save(update_fields=["installs_total"])  # by hand: the digest no longer vouches for it
    assert SkillPopularity.objects.get(skill=skill).values_digest is None
    assert rankings_compute().popularity_written == 1
    assert SkillPopularity.objects.get(skill=skill).installs_total == 4
