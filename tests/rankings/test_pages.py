from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine
from django.template.loader import render_to_string
from django.urls import reverse

from rankings.models import SkillDailyCount, SkillPopularity, SkillRankSnapshot
from rankings.scoring import RULES
from rankings.selectors import (
    board_entries,
    skill_charts,
    skill_daily_installs,
    skill_rank_history,
)
from rankings.services.run import rankings_compute
from skills.page import why_rank_render
from tests.factories import CategoryFactory, PublishedSkillFactory, SkillPopularityFactory

pytestmark = pytest.mark.django_db
NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)
TODAY = NOW.date()
YESTERDAY = TODAY - timedelta(days=1)


def snapshot(day: date, board: str, skills) -> None:
    SkillRankSnapshot.objects.bulk_create(
        [
            SkillRankSnapshot(date=day, board=board, skill=s, rank=i, score=100 - i)
            for i, s in enumerate(skills, 1)
        ]
    )


@pytest.fixture
def boards():
    """Yesterday a, b, c; today b, a, d (d is new, c dropped)."""
    a, b, c, d = (PublishedSkillFactory(name=f"skill-{x}") for x in "abcd")
    snapshot(YESTERDAY, "top", [a, b, c])
    snapshot(TODAY, "top", [b, a, d])
    return a, b, c, d


def test_board_entries_read_the_latest_snapshot_with_movement(boards):
    a, b, c, d = boards
    entries = board_entries(board="top")
    assert [(e.skill, e.rank, e.movement, e.delta) for e in entries] == [
        (b, 1, "up", 1),
        (a, 2, "down", -1),
        (d, 3, "new", 0),
    ]
    assert entries.date == TODAY and entries.previous_date == YESTERDAY and not entries.is_live
    older = board_entries(board="top", date=YESTERDAY)
    assert [e.skill for e in older] == [a, b, c] and {e.movement for e in older} == {"same"}


def test_board_falls_back_to_live_installs_before_the_first_snapshot():
    few, many = PublishedSkillFactory(), PublishedSkillFactory()
    SkillPopularityFactory(skill=few, installs_total=3)
    SkillPopularityFactory(skill=many, installs_total=30)
    entries = board_entries(board="top")
    assert entries.is_live and [e.skill for e in entries] == [many, few]


def test_top_page_shows_snapshot_and_arrows(client, boards, django_assert_max_num_queries):
    with django_assert_max_num_queries(10):
        response = client.get(reverse("rankings:top"))
    assert response.status_code == 200
    html = response.content.decode()
    assert html.index("skill-b") < html.index("skill-a") < html.index("skill-d")
    assert "skill-c" not in html
    assert "movement-up" in html and "movement-down" in html and "movement-new" in html


@pytest.mark.parametrize("name", ["rankings:trending", "rankings:new"])
def test_other_boards_render_within_budget(client, name, django_assert_max_num_queries):
    skills = [PublishedSkillFactory() for _ in range(5)]
    snapshot(TODAY, name.split(":")[1], skills)
    with django_assert_max_num_queries(10):
        response = client.get(reverse(name))
    assert response.status_code == 200
    assert all(s.name in response.content.decode() for s in skills)


def test_category_board_page(client, django_assert_max_num_queries):
    cat = CategoryFactory(key="data", name="Data")
    skills = [PublishedSkillFactory(category=cat) for _ in range(4)]
    snapshot(TODAY, "cat:data", skills)
    with django_assert_max_num_queries(10):
        response = client.get(reverse("rankings:category", args=["data"]))
    assert response.status_code == 200 and "Top in Data" in response.content.decode()
    assert client.get(reverse("rankings:category", args=["nope"])).status_code == 404


def test_live_board_page_before_any_snapshot(client, django_assert_max_num_queries):
    PublishedSkillFactory(name="lonely-skill")
    with django_assert_max_num_queries(10):
        response = client.get(reverse("rankings:top"))
    assert "lonely-skill" in response.content.decode() and "live list" in response.content.decode()


def test_how_page_is_generated_from_the_rules(client):
    html = client.get(reverse("rankings:how")).content.decode()
    for rule in RULES:
        assert rule.title in html and f'id="rule-{rule.name}"' in html


def test_why_rank_partial_shows_each_rule(add_events):
    skill = PublishedSkillFactory()
    add_events(skill, "install", 9)
    rankings_compute()
    popularity = SkillPopularity.objects.get(skill=skill)
    html = why_rank_render(popularity)
    assert "Why this rank" in html and "Installs this week" in html and "+8" in html


@time_machine.travel(NOW, tick=False)
def test_rank_history_and_daily_installs_feed_the_charts(add_events, django_assert_max_num_queries):
    skill = PublishedSkillFactory()
    snapshot(TODAY - timedelta(days=2), "top", [skill])
    snapshot(TODAY, "top", [PublishedSkillFactory(), skill])
    snapshot(TODAY - timedelta(days=200), "top", [skill])  # outside the window
    add_events(skill, "install", 3, days_ago=1)
    add_events(skill, "install", 2, days_ago=1, counted=False)
    SkillDailyCount.objects.create(
        skill=skill, day=TODAY - timedelta(days=60), kind="install", count=7
    )
    with django_assert_max_num_queries(3):
        history = skill_rank_history(skill=skill)
        daily = skill_daily_installs(skill=skill)
    assert history == [(TODAY - timedelta(days=2), 1), (TODAY, 2)]
    assert len(daily) == 90 and daily[-1] == (TODAY, 0)
    assert dict(daily)[YESTERDAY] == 3 and dict(daily)[TODAY - timedelta(days=60)] == 7
    html = render_to_string(
        "rankings/_skill_charts.html", {"rank_history": history, "daily_installs": daily}
    )
    assert html.count("<svg") == 2 and 'role="img"' in html and "<title>" in html
    with django_assert_max_num_queries(1):
        assert skill_charts(skill=skill) == (history, daily)


@time_machine.travel(NOW, tick=False)
def test_the_charts_statement_reads_only_the_skills_board_kind_and_window(add_events):
    skill, other = PublishedSkillFactory(), PublishedSkillFactory()
    snapshot(TODAY - timedelta(days=89), "top", [skill, other])
    snapshot(TODAY - timedelta(days=90), "top", [skill])  # a day before the window
    snapshot(TODAY, "trending", [skill])  # another board
    add_events(skill, "install", 2, days_ago=0)
    add_events(skill, "view", 4, days_ago=0)  # another kind
    add_events(other, "install", 5, days_ago=0)  # another skill
    add_events(skill, "install", 3, days_ago=90)  # a day before the window
    for day, count in ((TODAY, 9), (TODAY - timedelta(days=5), 4)):  # raw events win
        SkillDailyCount.objects.create(skill=skill, day=day, kind="install", count=count)
    SkillDailyCount.objects.create(skill=skill, day=TODAY, kind="copy", count=6)
    history, daily = skill_charts(skill=skill, days=90)
    assert history == skill_rank_history(skill=skill) == [(TODAY - timedelta(days=89), 1)]
    assert daily == skill_daily_installs(skill=skill)
    assert dict(daily)[TODAY] == 2 and dict(daily)[TODAY - timedelta(days=5)] == 4
    assert sum(n for _day, n in daily) == 6
