from __future__ import annotations

import pytest

from rankings import scoring
from rankings.scoring import RULES, RULES_BY_NAME, ScoreInputs, score_breakdown, score_compute


def points(rule: str, **inputs) -> float:
    return RULES_BY_NAME[rule].points(ScoreInputs(**inputs))


def test_every_rule_has_a_name_weight_maximum_and_message():
    assert len({r.name for r in RULES}) == len(RULES)
    for rule in RULES:
        assert rule.name and rule.title and rule.message and rule.maximum > 0 and rule.weight


@pytest.mark.parametrize(
    ("rule", "inputs", "expected"),
    [
        ("installs_week", {"installs_7d": 0}, 0.0),
        ("installs_week", {"installs_7d": 9}, 8.0),
        ("installs_week", {"installs_7d": 10**9}, 25.0),  # capped at the maximum
        ("installs_month", {"installs_decayed_30d": 99}, 12.0),
        ("installs_all_time", {"installs_total": 999}, 12.0),
        ("downloads_copies", {"downloads_total": 5, "copies_total": 8}, 3.0),
        ("stars", {"stars": 99}, 6.0),
        ("freshness", {"days_since_change": 3}, 10.0),
        ("freshness", {"days_since_change": 100}, 4.0),
        ("freshness", {"days_since_change": 400}, 0.0),
        ("freshness", {"days_since_change": None}, 0.0),
        ("spec_valid", {"is_spec_valid": True}, 5.0),
        ("spec_valid", {"is_spec_valid": False}, 0.0),
        ("license", {"license": "MIT", "license_confidence": 1.0}, 5.0),
        ("license", {"license": "MIT", "license_confidence": 0.5}, 2.5),
        ("license", {"license": "", "license_confidence": 1.0}, 0.0),
        ("security", {"security_verdict": "pass"}, 5.0),
        ("security", {"security_verdict": "review"}, 0.0),
        ("security", {"security_verdict": ""}, 0.0),
        ("security", {"security_verdict": "fail"}, -500.0),
        ("mirror", {"is_mirror": True}, -20.0),
        ("mirror", {"is_mirror": False}, 0.0),
    ],
)
def test_rule_points(rule, inputs, expected):
    assert points(rule, **inputs) == pytest.approx(expected, abs=0.01)


def test_decayed_installs_weigh_older_weeks_less():
    assert scoring.decayed_installs((10, 10, 10, 10, 10)) == pytest.approx(10 + 7 + 5 + 3 + 3)


def test_a_failing_scan_sinks_the_best_skill_below_an_empty_one():
    best = ScoreInputs(
        installs_total=10**6,
        installs_7d=10**5,
        installs_decayed_30d=10**5,
        downloads_total=10**5,
        stars=10**5,
        days_since_change=1,
        is_spec_valid=True,
        license="MIT",
        license_confidence=1.0,
        security_verdict="fail",
    )
    assert score_compute(best)[0] < score_compute(ScoreInputs())[0]


def test_score_is_the_sum_of_the_breakdown_and_zero_rules_are_not_stored():
    inputs = ScoreInputs(installs_7d=9, stars=99, is_spec_valid=True)
    score, parts = score_compute(inputs)
    assert score == pytest.approx(sum(row["points"] for row in score_breakdown(inputs)))
    assert parts == {"installs_week": 8.0, "stars": 6.0, "spec_valid": 5.0}
    rows = scoring.breakdown_rows(parts)
    assert [r["rule"] for r in rows] == [r.name for r in RULES]


def test_trending_favours_a_fast_riser_over_a_big_flat_skill():
    riser = scoring.trending_score(recent=40, previous=2)
    flat = scoring.trending_score(recent=1000, previous=1000)
    assert riser > flat
    assert scoring.trending_score(recent=2, previous=0) == 0.0  # too few to trend


def test_mirror_cap_follows_chains_and_ignores_unranked_canonicals():
    capped = scoring.mirror_cap(
        {"a": 10.0, "b": 50.0, "c": 80.0, "d": 5.0}, {"b": "a", "c": "b", "d": "zzz"}
    )
    assert capped["b"] < 10.0 and capped["c"] < capped["b"]
    assert "d" not in capped


def test_score_table_agrees_with_score_compute_for_every_skill():
    import random

    rng = random.Random(3)
    n = 500
    columns = {
        "installs_total": [rng.randint(0, 5000) for _ in range(n)],
        "installs_7d": [rng.randint(0, 50) for _ in range(n)],
        "installs_decayed_30d": [round(rng.random() * 80, 1) for _ in range(n)],
        "downloads_total": [rng.randint(0, 300) for _ in range(n)],
        "copies_total": [rng.randint(0, 300) for _ in range(n)],
        "stars": [rng.randint(0, 10**5) for _ in range(n)],
        "days_since_change": [rng.choice([None, *range(0, 800, 7)]) for _ in range(n)],
        "is_spec_valid": [rng.random() < 0.8 for _ in range(n)],
        "license": [rng.choice(["MIT", "", "Apache-2.0"]) for _ in range(n)],
        "license_confidence": [rng.choice([0.0, 0.6, 1.0]) for _ in range(n)],
        "security_verdict": [rng.choice(["pass", "review", "", "fail"]) for _ in range(n)],
        "is_mirror": [rng.random() < 0.1 for _ in range(n)],
    }
    totals, points = scoring.score_table(columns)
    parts = [scoring.compact_parts(p) for p in points]
    for i in range(n):
        score, expected = score_compute(ScoreInputs(**{k: v[i] for k, v in columns.items()}))
        assert (totals[i], parts[i]) == (pytest.approx(score), expected)
