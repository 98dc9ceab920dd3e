"""What the boards and "why this rank" say: the figure that decides the order, and the
security rule's maximum apart from its penalty."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from rankings.models import SkillPopularity, SkillRankSnapshot
from rankings.scoring import MAX_SCORE, RULES_BY_NAME, ScoreInputs
from skills.page import why_rank_render
from tests.factories import PublishedSkillFactory, SkillPopularityFactory

pytestmark = pytest.mark.django_db


def test_trending_board_shows_the_growth_that_orders_it(client):
    riser, big = PublishedSkillFactory(name="riser"), PublishedSkillFactory(name="big-flat")
    SkillPopularityFactory(skill=riser, installs_7d=75)
    SkillPopularityFactory(skill=big, installs_7d=101)
    SkillRankSnapshot.objects.create(
        date="2026-06-15", board="trending", skill=riser, rank=1, score=22.4
    )
    SkillRankSnapshot.objects.create(
        date="2026-06-15", board="trending", skill=big, rank=2, score=3.1
    )
    html = client.get(reverse("rankings:trending")).content.decode()
    growths = re.findall(r'class="growth"[^>]*>growth ([\d.]+)<', html)
    assert growths == ["22.4", "3.1"]  # the board's order is the order of the growth shown
    assert "Ordered by <strong>growth</strong>" in html
    top = client.get(reverse("rankings:top")).content.decode()
    assert 'class="growth"' not in top


def test_security_rule_gives_five_and_its_penalty_is_explained_apart(client):
    rule = RULES_BY_NAME["security"]
    assert rule.maximum == 5 and rule.penalty == 500
    assert rule.points(ScoreInputs(security_verdict="fail")) == -500
    assert rule.points(ScoreInputs(security_verdict="pass")) == 5
    assert MAX_SCORE == 105  # the penalty is no part of the best score
    passed = SkillPopularity(score=5, breakdown={"security": 5.0})
    html = why_rank_render(passed)
    row = re.search(r'rule-security".*?</tr>', html, re.S).group()
    assert "+5" in row and "/ 5<" in row and "/ 500" not in html
    failed = SkillPopularity(score=-500, breakdown={"security": -500.0})
    html = why_rank_render(failed)
    assert "A failing scan subtracts 500 points" in html and "/ 5<" not in html.split("Security")[1]
    how = client.get(reverse("rankings:how")).content.decode()
    row = re.search(r'id="rule-security".*?</tr>', how, re.S).group()
    assert ">5<" in row and "500" not in row.split("Penalty")[0] and "Penalty" in row
